// Runs one config through execute() in a Node process of its own, for the Kubernetes cells: @actions/exec
// spawns kubectl with the real process environment, which a jest sandbox's process.env is not, so
// KUBECONFIG reaches kubectl only through a process started with it.
//   node --import tsx runInChild.ts <inputs.json> <out.json>
import { readFile, writeFile } from 'node:fs/promises';
import { recordUnhandledRejections, runConfig } from './runConfig.js';

const [inputsPath, outPath] = process.argv.slice(2) as [string, string];
const rejections = recordUnhandledRejections();
const { report } = await runConfig(JSON.parse(await readFile(inputsPath, 'utf8')) as Parameters<typeof runConfig>[0]);
// A rejection left behind surfaces within a turn or two of the run's end.
await new Promise((resolve) => setTimeout(resolve, 100));
await writeFile(outPath, JSON.stringify({ report, rejections: rejections.seen.map(String) }));
// As the action's entry does (exitWhenFlushed): a kubectl given up on may still wait out its own timeout.
process.exit(0);
