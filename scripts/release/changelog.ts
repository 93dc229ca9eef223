/**
 * What `npm run release` asks of CHANGELOG.md before it packages a version:
 * an entry `## <version> — <YYYY-MM-DD>` for the version in package.json, and
 * that entry the newest one (a release is never cut from an older section).
 */

export interface ChangelogEntry {
  version: string;
  date: string;
}

const HEADING = /^## +(\S+) +[—–-] +(\d{4}-\d{2}-\d{2})\s*$/;

/** Every release heading of the changelog, in the order written (newest first). */
export function changelogEntries(markdown: string): ChangelogEntry[] {
  return markdown.split('\n').flatMap((line) => {
    const m = HEADING.exec(line);
    return m ? [{ version: m[1]!, date: m[2]! }] : [];
  });
}

/** What is wrong with releasing `version` under `markdown`: one sentence each, none when it may go. */
export function releaseProblems(version: string, markdown: string): string[] {
  const entries = changelogEntries(markdown);
  const entry = entries.find((e) => e.version === version);
  if (!entry)
    return [`CHANGELOG.md has no entry "## ${version} — YYYY-MM-DD" for package.json's version.`];
  const problems: string[] = [];
  if (entries[0] !== entry)
    problems.push(`CHANGELOG.md's newest entry is ${entries[0]!.version}, not ${version}.`);
  const date = new Date(`${entry.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== entry.date)
    problems.push(`CHANGELOG.md's entry for ${version} has no real date (${entry.date}).`);
  return problems;
}
