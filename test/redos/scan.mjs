#!/usr/bin/env node
/**
 * Checks every regular-expression literal in src/ with a ReDoS checker (recheck): a pattern
 * whose matching time can grow exponentially with its input fails the check; patterns it finds
 * polynomial are listed, as they are bounded by the line length the parsers keep (bounds.ts).
 * Patterns built at run time from the lexicons (alternations of fixed phrases) are not literals
 * and are not checked here.
 *
 *   npm run redos            # exit 1 on an exponential pattern
 *   npm run redos -- --all   # also list the polynomial ones
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { checkSync } from 'recheck';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const all = process.argv.includes('--all');
const files = fg.sync('src/**/*.ts', { cwd: root, absolute: true }).sort();
let checked = 0;
const exponential = [];
const polynomial = [];
const unknown = [];
for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      const pattern = text.slice(1, end);
      const flags = text.slice(end + 1).replace(/[gy]/g, '');
      const where = `${file.slice(root.length)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      checked++;
      const result = checkSync(pattern, flags, { timeout: 3000 });
      const entry = `${where}  /${pattern.length > 100 ? `${pattern.slice(0, 100)}…` : pattern}/${flags}`;
      if (result.status === 'vulnerable' && result.complexity?.type === 'exponential') exponential.push(entry);
      else if (result.status === 'vulnerable') polynomial.push(`${entry}  (${result.complexity?.summary})`);
      else if (result.status !== 'safe') unknown.push(entry);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log(`${checked} patterns checked: ${exponential.length} exponential, ${polynomial.length} polynomial (bounded by the line length), ${unknown.length} not decided in time`);
for (const e of exponential) console.log(`exponential  ${e}`);
if (all) for (const p of [...polynomial, ...unknown]) console.log(`  ${p}`);
process.exit(exponential.length ? 1 : 0);
