/**
 * Placeholders a template leaves to fill in. A field that holds one has no value: the writer has
 * not filled it in, and a reader that took `<City, ST>` for a place would find a city "ST>".
 */

/** A text that is nothing but a placeholder: "[Responsibility 1]", "<City, ST>", "{{title}}", "［業務内容］", "[$X - $Y]". */
export const WHOLE_PLACEHOLDER = /^(?:\[[^\]\n]{1,60}\]|［[^］\n]{1,60}］|<[^>\n]{1,60}>|\{\{[^}\n]{1,60}\}\})$/u;

/** True when a value (a string, or a list of strings) is only placeholders. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return WHOLE_PLACEHOLDER.test(value.trim());
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && WHOLE_PLACEHOLDER.test(v.trim()));
}
