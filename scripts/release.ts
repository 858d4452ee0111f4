// What the release workflow asks of a tag, as functions a test can hold to their word:
//
//   tsx scripts/release.ts check v1.2.3   exits 1 unless the tag is vX.Y.Z and equals package.json's version
//   tsx scripts/release.ts notes v1.2.3   prints CHANGELOG.md's section for 1.2.3: the release's notes
//   tsx scripts/release.ts major v1.2.3   prints v1: the tag workflows pin, moved to each compatible release

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const TAG = /^v(\d+)\.(\d+)\.(\d+)$/;

/** `v1.2.3` -> `1.2.3`; anything else is not a release tag. */
export function versionOfTag(tag: string): string {
  if (!TAG.test(tag))
    throw new Error(`the tag ${JSON.stringify(tag)} is not a release tag: use vMAJOR.MINOR.PATCH, e.g. v1.2.3`);
  return tag.slice(1);
}

/** Why the tag cannot be released from this package.json, or nothing. */
export function tagProblem(tag: string, packageVersion: string): string | undefined {
  const version = versionOfTag(tag);
  if (version === packageVersion) return undefined;
  return `the tag ${tag} says ${version}, but package.json says ${packageVersion}: set "version" to ${version} (npm version ${version} --no-git-tag-version), commit, and tag that commit`;
}

/** The major tag a release moves: `v1.4.2` -> `v1`. */
export function majorTagOf(tag: string): string {
  return `v${versionOfTag(tag).split('.')[0]}`;
}

/** The body of CHANGELOG.md's `## 1.2.3` (or `## [1.2.3] - date`) section, without its heading. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0)
    throw new Error(
      `CHANGELOG.md has no section for ${version}: rename "## Unreleased" to "## ${version}" (with the date) before tagging`,
    );
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty: say what the release changes`);
  return `${body}\n`;
}

function main([command, tag]: string[]): number {
  const root = new URL('..', import.meta.url);
  try {
    if (!tag) throw new Error('usage: tsx scripts/release.ts check|notes|major vX.Y.Z');
    if (command === 'check') {
      const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
      const problem = tagProblem(tag, version);
      if (problem) throw new Error(problem);
      process.stdout.write(`${tag} is package.json's version\n`);
    } else if (command === 'notes') {
      process.stdout.write(releaseNotes(readFileSync(new URL('CHANGELOG.md', root), 'utf8'), versionOfTag(tag)));
    } else if (command === 'major') {
      process.stdout.write(`${majorTagOf(tag)}\n`);
    } else {
      throw new Error(`unknown command ${JSON.stringify(command)}: use check, notes or major`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
