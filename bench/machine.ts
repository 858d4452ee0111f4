import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { findPrometheus } from '../__tests__/support/prometheus.js';
import { NODE } from '../__tests__/support/runAction.js';
import { CURL, KUBECTL } from './tools.js';

export interface Machine {
  cores: number;
  cpu: string | undefined;
  memoryGB: number;
  node: string;
  curl: string;
  kubectl: string;
  prometheus: string;
}

const firstLine = (command: string, args: string[]): string =>
  execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .split('\n')[0]!
    .trim();

/** The machine and tool versions the figures were taken with, as BENCHMARKS.md's "Machine" names them. */
export function describeMachine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: firstLine(NODE, ['--version']),
    curl: CURL ? firstLine(CURL, ['--version']) : 'missing',
    kubectl: KUBECTL ? firstLine(KUBECTL, ['version', '--client']) : 'missing',
    prometheus: firstLine(findPrometheus(), ['--version']),
  };
}
