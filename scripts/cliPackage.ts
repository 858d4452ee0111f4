// `npm run pack:cli`: the CLI as the npm package teams on GitLab CI and Jenkins install. dist/cli is one bundle
// with its libraries inside, so the package declares no dependencies: `npx post-deploy-check` installs one
// tarball and nothing else, even with no network once it is in the cache. The manifest is package.json's own
// fields minus the build's (scripts, dependencies, devDependencies); the tarball lands in .tmp/cli-package/.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_PACKAGE_DIR = join(ROOT, '.tmp', 'cli-package');

type Manifest = Record<string, unknown> & { name: string; version: string; files: string[] };

/** The published manifest: what a user's npm needs to install and run the bundled CLI, nothing to build it. */
export function cliManifest(root: Manifest): Manifest {
  const building = new Set(['scripts', 'dependencies', 'devDependencies']);
  return Object.fromEntries(Object.entries(root).filter(([key]) => !building.has(key))) as Manifest;
}

/** Writes the package directory and packs it; returns the tarball's path. */
export function packCli(): string {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const staging = join(CLI_PACKAGE_DIR, 'package');
  rmSync(CLI_PACKAGE_DIR, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of root.files) cpSync(join(ROOT, file), join(staging, file), { recursive: true });
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(cliManifest(root), null, 2)}\n`);
  const name = execFileSync('npm', ['pack', '--pack-destination', CLI_PACKAGE_DIR], { cwd: staging, encoding: 'utf8' });
  return join(CLI_PACKAGE_DIR, name.trim().split('\n').at(-1) ?? '');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${packCli()}\n`);
}
