import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// The README and the pages under docs/ link to each other and into the tree: a moved page or a renamed
// heading must fail here, not in a reader's browser. And the README's layout must list the real src/.

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const PAGES = ['README.md', ...markdownUnder('docs')];

/** Every Markdown page under `dir`, in its subfolders too (docs/ci/). */
function markdownUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownUnder(`${dir}/${entry.name}`)
      : entry.name.endsWith('.md')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

/** The lines of a Markdown text outside fenced code blocks. */
function prose(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (line.startsWith('```')) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  return new Set(
    prose(markdown)
      .map((line) => /^#{1,6} (.*)$/.exec(line)?.[1])
      .filter((heading): heading is string => heading !== undefined)
      .map(anchor),
  );
}

/** Relative link targets, as written: `docs/tls.md`, `#inputs`, `../README.md#outputs`. */
function relativeLinks(markdown: string): string[] {
  const links: string[] = [];
  for (const line of prose(markdown)) {
    for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target as string)) links.push(target as string);
    }
  }
  return links;
}

describe('links in the README and docs/', () => {
  it.each(PAGES)('%s: every relative link reaches a file, and every #anchor a heading', (page) => {
    const broken: string[] = [];
    for (const link of relativeLinks(read(page))) {
      const [path = '', hash] = link.split('#');
      const target = path === '' ? page : relative(ROOT, join(ROOT, dirname(page), path));
      if (!existsSync(join(ROOT, target))) broken.push(`${link}: no ${target}`);
      else if (hash !== undefined && !anchorsOf(read(target)).has(hash)) broken.push(`${link}: no heading #${hash}`);
    }
    expect(broken).toEqual([]);
  });

  it('every page under docs/ is linked from the README', () => {
    const linked = new Set(relativeLinks(read('README.md')).map((link) => link.split('#')[0]));
    expect(PAGES.filter((page) => page !== 'README.md' && !linked.has(page))).toEqual([]);
  });
});

describe("the README's layout", () => {
  function folders(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => [`${dir}/${entry.name}/`, ...folders(`${dir}/${entry.name}`)]);
  }

  it('lists every folder under src/, and no other', () => {
    const readme = read('README.md');
    const start = readme.indexOf('\n## Development\n');
    const block = /```text\n([\s\S]*?)\n```/.exec(readme.slice(start))?.[1] ?? '';
    const listed = block
      .split('\n')
      .map((line) => /^(src\/\S+\/)\s/.exec(line)?.[1])
      .filter((path): path is string => path !== undefined);
    expect(listed.sort()).toEqual(folders('src').sort());
  });
});
