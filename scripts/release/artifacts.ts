/**
 * The files a release hands to the stores, as `npm run build` names them
 * (wxt.config.ts → zip.artifactTemplate; WXT's own name for the sources zip).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Artifact {
  /** Which store takes it, and as what. */
  role: string;
  path: string;
}

/** The Chrome Web Store zip, the AMO package and the sources zip AMO asks for, for `version`. */
export function releaseArtifacts(outDir: string, version: string): Artifact[] {
  return [
    {
      role: 'Chrome Web Store: package',
      path: join(outDir, `backstory-${version}-chrome-mv3.zip`),
    },
    { role: 'AMO: package', path: join(outDir, `backstory-${version}-firefox-mv2.zip`) },
    { role: 'AMO: source code', path: join(outDir, `backstory-${version}-sources.zip`) },
  ];
}

/** One line per artifact: role, size and SHA-256, or why it is missing. */
export function describeArtifacts(artifacts: Artifact[]): { lines: string[]; missing: number } {
  let missing = 0;
  const lines = artifacts.map(({ role, path }) => {
    if (!existsSync(path)) {
      missing++;
      return `MISSING  ${role}: ${path}`;
    }
    const kb = (statSync(path).size / 1024).toFixed(1);
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    return `${role.padEnd(26)} ${path}  ${kb} KB  sha256 ${sha}`;
  });
  return { lines, missing };
}

/** The version each built manifest declares, by build folder. */
export function manifestVersions(outDir: string, builds: string[]): Record<string, string> {
  return Object.fromEntries(
    builds.map((b) => {
      const file = join(outDir, b, 'manifest.json');
      const manifest = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: string })
        : {};
      return [b, manifest.version ?? '(no manifest)'];
    }),
  );
}
