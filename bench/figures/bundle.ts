import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../__tests__/support/runAction.js';
import type { Measured } from '../context.js';
import { log } from '../log.js';
import { row } from '../table.js';

const DIST = join(ROOT, 'dist');

/** The parts of webpack's stats (ncc --stats-out) this figure reads. */
interface ModuleStats {
  name: string;
  size: number;
  chunks?: (string | number)[];
  /** Set on a concatenated module: the modules it holds. */
  modules?: ModuleStats[];
}
interface BundleStats {
  chunks: { id: string | number; files: string[] }[];
  modules: ModuleStats[];
}

interface PackageShare {
  package: string;
  bytes: number;
  modules: number;
  files: string[];
}

export interface BundleFigure {
  files: Record<string, number>;
  totalBytes: number;
  indexBytes: number | undefined;
  statsBuilt: boolean;
  packages: PackageShare[];
  topModules: { module: string; bytes: number; file: string | undefined }[];
}

/**
 * ncc's stats for the entry dist/index.js is built from, built into /tmp (never into dist/). Keyed by dist/'s
 * content, so a later bench reuses them until dist/ changes; `built` says whether this run paid for the build.
 */
async function nccStats(jsFiles: string[]): Promise<{ stats: BundleStats; built: boolean }> {
  const key = createHash('sha256');
  for (const name of [...jsFiles].sort()) key.update(name).update(await readFile(join(DIST, name)));
  const cacheDir = join(tmpdir(), `pdc-bench-ncc-${key.digest('hex').slice(0, 16)}`);
  const statsFile = join(cacheDir, 'stats.json');
  let built = false;
  if (!existsSync(statsFile)) {
    log('bundle: ncc build --stats-out into /tmp (dist/ untouched; cached for this dist/)');
    await rm(cacheDir, { recursive: true, force: true });
    execFileSync(
      join(ROOT, 'node_modules/.bin/ncc'),
      [
        'build',
        'src/adapters/action/main.ts',
        '-o',
        join(cacheDir, 'out'),
        '--target',
        'es2023',
        '--stats-out',
        statsFile,
        '-q',
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    built = true;
  } else log('bundle: reusing ncc stats from /tmp for this dist/');
  return { stats: JSON.parse(await readFile(statsFile, 'utf8')) as BundleStats, built };
}

function packageOf(name: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  if (match) return match[1]!;
  if (/^\.\/src\//.test(name)) return '(our src/)';
  return '(webpack runtime, externals)';
}

/** Sizes of dist/*.js, and the packages and modules that make them up. */
export async function measureBundle(): Promise<Measured<BundleFigure>> {
  const jsFiles = (await readdir(DIST)).filter((name) => name.endsWith('.js'));
  const files: Record<string, number> = {};
  for (const name of jsFiles) files[name] = (await stat(join(DIST, name))).size;
  const totalBytes = Object.values(files).reduce((a, b) => a + b, 0);
  const { stats, built } = await nccStats(jsFiles);

  const chunkFile = new Map(stats.chunks.map((chunk) => [chunk.id, chunk.files[0]]));
  const byPackage = new Map<string, { package: string; bytes: number; modules: number; files: Set<string> }>();
  const add = (module: ModuleStats, chunks: ModuleStats['chunks']) => {
    const pkg = packageOf(module.name);
    const entry = byPackage.get(pkg) ?? { package: pkg, bytes: 0, modules: 0, files: new Set<string>() };
    entry.bytes += module.size;
    entry.modules += 1;
    for (const id of chunks ?? []) entry.files.add(chunkFile.get(id) ?? `chunk ${id}`);
    byPackage.set(pkg, entry);
  };
  // Modules in no chunk are the parts of a concatenated module, listed again on their own: counted once, inside it.
  const emitted = stats.modules.filter((module) => (module.chunks?.length ?? 0) > 0);
  for (const module of emitted) {
    if (module.modules) for (const inner of module.modules) add(inner, module.chunks);
    else add(module, module.chunks);
  }
  const packages = [...byPackage.values()]
    .sort((a, b) => b.bytes - a.bytes)
    .map((entry) => ({ ...entry, files: [...entry.files].sort() }));
  const topModules = emitted
    .flatMap((module) =>
      module.modules ? module.modules.map((inner) => ({ ...inner, chunks: module.chunks })) : [module],
    )
    .sort((a, b) => b.size - a.size)
    .slice(0, 12)
    .map((module) => ({
      module: module.name.replace(/^\.\//, ''),
      bytes: module.size,
      file: module.chunks?.[0] === undefined ? undefined : chunkFile.get(module.chunks[0]),
    }));
  const indexBytes = files['index.js'];
  return {
    figure: { files, totalBytes, indexBytes, statsBuilt: built, packages: packages.slice(0, 12), topModules },
    rows: [
      row('bundle dist/index.js (KB)', { median: (indexBytes ?? NaN) / 1024 }, 'reported'),
      row('bundle, all dist/*.js (KB)', { median: totalBytes / 1024 }, 'reported'),
    ],
  };
}
