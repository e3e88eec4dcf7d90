/**
 * Reporters for `validate`: stylish (for people), json (for programs), github (workflow
 * commands that become pull-request annotations) and sarif (2.1.0, for code scanning).
 * Each turns the reports into one string; none writes anywhere itself.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { printable } from '../diagnostics/printable.js';
import { CROSS_FILE_RULES, RULES } from '../rules/index.js';
import { ruleUrl } from '../rules/docs.js';
import type { Severity } from '../schema/record.js';
import type { FileReport, Totals } from '../validate/index.js';

export type ReporterName = 'stylish' | 'json' | 'eslint' | 'github' | 'sarif';
export const REPORTERS: readonly ReporterName[] = ['stylish', 'json', 'eslint', 'github', 'sarif'];

export interface ReportOptions {
  color: boolean;
  version: string;
  /**
   * A file's path from the root of its repository (forward slashes), for the reports a code
   * host reads (SARIF, annotations), which resolve paths there, not in the working directory.
   * Without it, paths are as walked.
   */
  fromRoot?: (path: string) => string;
  /** The folder paths are walked from, for reports that give absolute paths (eslint). */
  cwd?: string;
}

/** A relative path as a URI reference: each segment percent-encoded ("my jobs/señor.md" → "my%20jobs/se%C3%B1or.md"). */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function stylish(reports: FileReport[], totals: Totals, { color }: ReportOptions): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const label: Record<Severity, string> = { error: paint(31, 'error'), warning: paint(33, 'warning'), info: paint(36, 'info') };
  const out: string[] = [];
  for (const r of reports) {
    if (!r.messages.length) continue;
    out.push(paint(4, printable(r.path)));
    const width = Math.max(...r.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of r.messages) {
      out.push(`  ${`${m.line}:${m.column}`.padEnd(width)}  ${label[m.severity]}${' '.repeat(7 - m.severity.length)}  ${printable(m.message)}  ${paint(90, m.ruleId)}`);
    }
    out.push('');
  }
  const problems = totals.errors + totals.warnings;
  if (problems || totals.infos) {
    out.push(`${problems ? (totals.errors ? paint(31, '✖') : paint(33, '⚠')) : 'ℹ'} ${plural(problems, 'problem')} (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')})${totals.infos ? `, ${totals.infos} info` : ''} in ${plural(reports.length, 'file')}`);
  } else out.push(`✔ ${plural(reports.length, 'file')} checked, no problems`);
  return `${out.join('\n')}\n`;
}

function json(reports: FileReport[], totals: Totals, { version }: ReportOptions): string {
  const files = reports.map((r) => ({ path: r.path, messages: r.messages.map((m) => ({ ...m, url: ruleUrl(m.ruleId, version) })) }));
  return `${JSON.stringify({ files, errors: totals.errors, warnings: totals.warnings, infos: totals.infos }, null, 2)}\n`;
}

/**
 * ESLint's JSON formatter's shape, for the tools that read it (reviewdog, code-quality
 * converters): one entry per file with an absolute `filePath`, severities 2 (error) and 1
 * (warning; an info is reported as 1 too, ESLint having no lower level), and the counts.
 */
function eslint(reports: FileReport[], _totals: Totals, { cwd = process.cwd() }: ReportOptions): string {
  const entries = reports.map((r) => {
    const messages = r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity === 'error' ? 2 : 1, message: m.message, line: m.line, column: m.column }));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return { filePath: r.path === '-' ? '<stdin>' : resolve(cwd, r.path), messages, suppressedMessages: [], errorCount, fatalErrorCount: r.internalError ? 1 : 0, warningCount: messages.length - errorCount, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Escapes data and properties of a GitHub workflow command. */
/** GitHub's escapes for workflow commands, then every other control character made visible. */
const escapeData = (s: string) => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function github(reports: FileReport[], totals: Totals, { fromRoot = (p) => p }: ReportOptions): string {
  const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  const lines = reports.flatMap((r) =>
    r.messages.map((m) => `::${command[m.severity]} file=${escapeProperty(fromRoot(r.path))},line=${m.line},col=${m.column},title=${escapeProperty(m.ruleId)}::${escapeData(m.message)}`),
  );
  // A summary the run's page shows above the annotations, as other linters end theirs.
  const problems = totals.errors + totals.warnings;
  lines.push(`::notice title=jobnorm::${escapeData(problems ? `${plural(problems, 'problem')} (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}) in ${plural(reports.length, 'file')}` : `${plural(reports.length, 'file')} checked, no problems`)}`);
  return `${lines.join('\n')}\n`;
}

function sarif(reports: FileReport[], _totals: Totals, { version, fromRoot = (p) => p }: ReportOptions): string {
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
  const rules = [...RULES.map((r) => ({ id: r.id, doc: r.doc, severity: r.severity })), ...CROSS_FILE_RULES.map((r) => ({ id: r.id, doc: r.doc, severity: r.severity }))];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jobnorm',
            version,
            informationUri: 'https://www.npmjs.com/package/jobnorm',
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.doc }, helpUri: ruleUrl(r.id, version), defaultConfiguration: { level: level[r.severity] } })),
          },
        },
        results: reports.flatMap((r) => {
          const path = fromRoot(r.path);
          return r.messages.map((m) => ({
            ruleId: m.ruleId,
            level: level[m.severity],
            message: { text: m.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(path), uriBaseId: '%SRCROOT%' }, region: { startLine: m.line, startColumn: m.column } } }],
            // The same problem in the same file is one alert across commits, wherever its line moves.
            partialFingerprints: { 'jobnorm/v1': createHash('sha256').update(`${m.ruleId}\0${path}\0${m.message}`).digest('hex').slice(0, 32) },
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function report(name: ReporterName, reports: FileReport[], totals: Totals, options: ReportOptions): string {
  switch (name) {
    case 'json':
      return json(reports, totals, options);
    case 'eslint':
      return eslint(reports, totals, options);
    case 'github':
      return github(reports, totals, options);
    case 'sarif':
      return sarif(reports, totals, options);
    default:
      return stylish(reports, totals, options);
  }
}
