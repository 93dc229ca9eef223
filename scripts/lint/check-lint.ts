/**
 * Compares a `web-ext lint --output json` report with the allowlist: every
 * error fails, every warning must be explained by exactly one entry, and every
 * entry must explain exactly one warning. Pure, so it is tested without a build.
 */
import type { AllowedWarning } from './firefox-allowlist';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface LintVerdict {
  /** What fails the check, one line each. */
  problems: string[];
  /** The warnings the allowlist explains, one line each. */
  allowed: string[];
}

/**
 * The built code from the place a message points to (1-based line, 0-based
 * column: the linter points at the `.innerHTML` of an assignment).
 */
export function codeAt(text: string, line = 1, column = 0, length = 160): string {
  return (text.split('\n')[line - 1] ?? '').slice(column, column + length);
}

const where = (m: LintMessage): string => `${m.file ?? '?'}:${m.line ?? '?'}:${m.column ?? '?'}`;

/** Check `report` against `allowlist`; `readBuilt(file)` gives a built file's text. */
export function checkLint(
  report: LintReport,
  allowlist: readonly AllowedWarning[],
  readBuilt: (file: string) => string,
): LintVerdict {
  const problems = report.errors.map((m) => `error ${m.code} at ${where(m)}: ${m.message}`);
  const allowed: string[] = [];
  const uses = new Map<AllowedWarning, number>();
  for (const m of report.warnings) {
    const code = m.file ? codeAt(readBuilt(m.file), m.line, m.column) : '';
    const entry = allowlist.find(
      (a) => a.code === m.code && a.file.test(m.file ?? '') && a.source.test(code),
    );
    if (!entry) {
      problems.push(`new warning ${m.code} at ${where(m)}: ${m.message}`);
      continue;
    }
    uses.set(entry, (uses.get(entry) ?? 0) + 1);
    allowed.push(`${m.code} at ${where(m)}: ${entry.library}`);
  }
  for (const entry of allowlist) {
    const n = uses.get(entry) ?? 0;
    if (n !== 1) problems.push(`allowlist entry for ${entry.library} matched ${n} warnings, not 1`);
  }
  return { problems, allowed };
}
