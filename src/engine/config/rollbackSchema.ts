import { z } from 'zod';
import { DNS1123_SUBDOMAIN } from '../kubernetes/dns1123.js';
import { durationBetween, oneOf, wholeNumber } from './fields.js';

export const ROLLBACK_MODES = ['auto', 'manual', 'off'] as const;
export const COMMANDS = ['check', 'rollback'] as const;
/** How a release is undone: kubectl rollout undo, helm rollback, or the team's own command. */
export const ROLLBACK_METHODS = ['kubectl', 'helm', 'command'] as const;
export type RollbackMethod = (typeof ROLLBACK_METHODS)[number];

/** The rollback's keys: what a failed verdict does, how it is undone, and the approval job's command. */
export const rollbackShape = {
  // No default here: `auto` applies only with something to roll back, and an explicit `auto` without it is an error.
  rollback: oneOf(ROLLBACK_MODES).optional().meta({
    description: 'auto: roll back on a failed verdict; manual: only report that a rollback is needed; off.',
    'x-default': 'auto (with kube-deployment, helm-release or rollback-command)',
  }),
  'rollback-with': oneOf(ROLLBACK_METHODS).optional().meta({
    description:
      'How to roll back: kubectl (rollout undo of kube-deployment), helm (helm rollback of helm-release) or command (rollback-command).',
    'x-default': 'kubectl (with kube-deployment)',
  }),
  // Helm's own rule for a release name: a DNS-1123 subdomain of at most 53 characters, so that the Secrets it
  // stores stay within Kubernetes' limits.
  'helm-release': z
    .string()
    .refine((name) => name.length <= 53 && DNS1123_SUBDOMAIN.test(name), {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a Helm release name: lower-case letters, digits, "-" and ".", at most 53 characters`,
    })
    .optional()
    .meta({
      description: 'The Helm release that rollback-with: helm rolls back (in kube-namespace, with kube-context).',
    }),
  'rollback-command': z
    .string()
    .refine((command) => command.trim() !== '', { error: 'is empty: give the command that rolls the release back' })
    .optional()
    .meta({
      description:
        'With rollback-with: command, the shell command that rolls the release back (bash -eo pipefail -c, in the workspace, with PDC_* variables).',
    }),
  'rollback-to-revision': wholeNumber(1, 1_000_000_000).optional().meta({
    description: 'Roll back to this revision instead of the previous one (kubectl and helm).',
  }),
  'rollback-timeout': durationBetween(1_000, 3_600_000).prefault('60s').meta({
    description:
      'How long the rollback may take: the rolled-back Deployment or Helm release to become available, or the command to end.',
    default: '60s',
  }),
  command: oneOf(COMMANDS).prefault('check').meta({
    description:
      'check runs the post-deploy check; rollback rolls the release back now, confirms it, reports: the step of an approval job.',
    default: 'check',
  }),
};

/** The method a config rolls back with: the one named, or kubectl while kube-deployment is set. */
export function rollbackMethod(config: {
  'rollback-with'?: RollbackMethod;
  'kube-deployment'?: string;
}): RollbackMethod | undefined {
  return config['rollback-with'] ?? (config['kube-deployment'] !== undefined ? 'kubectl' : undefined);
}

/** What each method needs, and an `auto` or an approval job with nothing to roll back. */
export function rollbackIssues(config: {
  rollback?: (typeof ROLLBACK_MODES)[number];
  command: (typeof COMMANDS)[number];
  'rollback-with'?: RollbackMethod;
  'kube-deployment'?: string;
  'helm-release'?: string;
  'rollback-command'?: string;
  'rollback-to-revision'?: number;
}): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const method = rollbackMethod(config);
  const needs = { kubectl: 'kube-deployment', helm: 'helm-release', command: 'rollback-command' } as const;
  if (method && config[needs[method]] === undefined)
    issues.push({ path: [needs[method]], message: `is required with rollback-with: ${method}` });
  if (method !== 'helm' && config['helm-release'] !== undefined)
    issues.push({ path: ['helm-release'], message: 'is what rollback-with: helm rolls back: set rollback-with: helm' });
  if (method !== 'command' && config['rollback-command'] !== undefined)
    issues.push({
      path: ['rollback-command'],
      message: 'runs with rollback-with: command: set rollback-with: command',
    });
  if (method === 'command' && config['rollback-to-revision'] !== undefined)
    issues.push({
      path: ['rollback-to-revision'],
      message: 'is for kubectl and helm: a rollback command decides what it restores',
    });
  if (!method && (config.command === 'rollback' || config.rollback === 'auto')) {
    const key = config.command === 'rollback' ? 'command' : 'rollback';
    issues.push({
      path: [key],
      message: `${key === 'command' ? 'rollback' : 'auto'} rolls back kube-deployment: set kube-deployment (and kube-namespace), or rollback-with: helm or command`,
    });
  }
  return issues;
}
