import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { majorTagOf, releaseNotes, tagProblem, versionOfTag } from '../../scripts/release.js';

// What a release asks of a tag, the changelog and action.yml, and the workflows that make one.

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const CHANGELOG = [
  '# Changelog',
  '',
  '## Unreleased',
  '',
  '- something new',
  '',
  '## [1.4.0] - 2026-12-01',
  '',
  '### Added',
  '',
  '- traffic',
  '',
  '## 1.3.2',
  '',
  '- a fix',
].join('\n');

describe('a release tag', () => {
  it('is vMAJOR.MINOR.PATCH and names the package version', () => {
    expect(versionOfTag('v1.4.0')).toBe('1.4.0');
    expect(() => versionOfTag('1.4.0')).toThrow('the tag "1.4.0" is not a release tag: use vMAJOR.MINOR.PATCH');
    expect(() => versionOfTag('v1.4')).toThrow('is not a release tag');
    expect(tagProblem('v1.4.0', '1.4.0')).toBeUndefined();
    expect(tagProblem('v1.4.1', '1.4.0')).toBe(
      'the tag v1.4.1 says 1.4.1, but package.json says 1.4.0: set "version" to 1.4.1 (npm version 1.4.1 --no-git-tag-version), commit, and tag that commit',
    );
  });

  it('moves its major tag', () => {
    expect(majorTagOf('v1.4.0')).toBe('v1');
    expect(majorTagOf('v12.0.3')).toBe('v12');
  });
});

describe('release notes', () => {
  it("are the version's section of CHANGELOG.md, headed with or without brackets and a date", () => {
    expect(releaseNotes(CHANGELOG, '1.4.0')).toBe('### Added\n\n- traffic\n');
    expect(releaseNotes(CHANGELOG, '1.3.2')).toBe('- a fix\n');
  });

  it('refuse a version the changelog does not name, saying what to do', () => {
    expect(() => releaseNotes(CHANGELOG, '1.5.0')).toThrow(
      'CHANGELOG.md has no section for 1.5.0: rename "## Unreleased" to "## 1.5.0" (with the date) before tagging',
    );
    expect(() => releaseNotes('## 2.0.0\n\n## 1.0.0\n- x', '2.0.0')).toThrow('section for 2.0.0 is empty');
  });

  it('do not take 1.4.0 for 1.4.01 or 11.4.0', () => {
    expect(() => releaseNotes('## 11.4.0\n- a\n## 1.4.01\n- b', '1.4.0')).toThrow('no section for 1.4.0');
  });
});

describe('the release workflow', () => {
  const workflow = parse(read('.github/workflows/release.yml')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: { release: { steps: { run?: string }[] } };
  };
  const runs = workflow.jobs.release.steps.flatMap((step) => (step.run ? [step.run] : []));
  const index = (text: string) => runs.findIndex((run) => run.includes(text));

  it('runs on vX.Y.Z tags, with the one permission it needs', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('checks the version, then dist/ and the gate, then releases with the notes, then moves the major tag', () => {
    const order = [
      index('release.ts check "$GITHUB_REF_NAME"'),
      index('bash .ci/run'),
      index('release.ts notes "$GITHUB_REF_NAME"'),
      index('gh release create "$GITHUB_REF_NAME" --verify-tag'),
      index('release.ts major "$GITHUB_REF_NAME"'),
    ];
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs[index('release.ts major')]).toContain('git push --force origin "refs/tags/$major"');
  });

  it('keeps .ci/run failing on a dist/ that is not the fresh bundle', () => {
    expect(read('.ci/run')).toContain('dist/ differs from a fresh bundle of src/');
  });
});

describe('action.yml on the Marketplace', () => {
  const action = parse(read('action.yml')) as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
  };

  it('has a name, a description of at most 125 characters and branding from the allowed colours', () => {
    expect(action.name).toMatch(/\S/);
    expect([...action.description].length).toBeLessThanOrEqual(125);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding.color,
    );
    // A Feather icon name, as the Marketplace takes them.
    expect(action.branding.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
