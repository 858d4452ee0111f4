import { durationBetween, oneOf, wholeNumber } from './fields.js';

export const ROLLBACK_MODES = ['auto', 'manual', 'off'] as const;
export const COMMANDS = ['check', 'rollback'] as const;

/** The rollback's keys: what a failed verdict does to kube-deployment, and the approval job's command. */
export const rollbackShape = {
  // No default here: `auto` applies only with kube-deployment, and an explicit `auto` without one is an error.
  rollback: oneOf(ROLLBACK_MODES).optional().meta({
    description: 'auto: roll back on a failed verdict; manual: only report that a rollback is needed; off.',
    'x-default': 'auto (with kube-deployment)',
  }),
  'rollback-to-revision': wholeNumber(1, 1_000_000_000).optional().meta({
    description: 'Roll back to this revision instead of the previous one.',
  }),
  'rollback-timeout': durationBetween(1_000, 3_600_000).prefault('60s').meta({
    description: 'How long to wait for the rolled-back Deployment to become available.',
    default: '60s',
  }),
  command: oneOf(COMMANDS).prefault('check').meta({
    description:
      'check runs the post-deploy check; rollback rolls kube-deployment back now, confirms it, reports: the step of an approval job.',
    default: 'check',
  }),
};
