import { z } from 'zod';
import type { ContainerState, PodState } from '../../engine/ports.js';

// Only the fields the health check reads; kubectl's JSON carries many more, which zod strips.

const containerStatus = z.object({
  name: z.string(),
  ready: z.boolean(),
  restartCount: z.number().int().nonnegative(),
  state: z.object({ waiting: z.object({ reason: z.string().optional() }).optional() }).optional(),
  lastState: z.object({ terminated: z.object({ reason: z.string().optional() }).optional() }).optional(),
});

const podSchema = z.object({
  metadata: z.object({ name: z.string(), deletionTimestamp: z.string().optional() }),
  status: z
    .object({
      phase: z.string().optional(),
      conditions: z.array(z.object({ type: z.string(), status: z.string() })).optional(),
      containerStatuses: z.array(containerStatus).optional(),
      initContainerStatuses: z.array(containerStatus).optional(),
    })
    .optional(),
});

export const podListSchema = z.object({ items: z.array(podSchema) });

export const deploymentSchema = z.object({
  spec: z.object({
    selector: z.object({
      matchLabels: z.record(z.string(), z.string()).optional(),
      matchExpressions: z.array(z.unknown()).optional(),
    }),
  }),
});

function toContainer(status: z.infer<typeof containerStatus>): ContainerState {
  const waitingReason = status.state?.waiting?.reason;
  const lastTerminationReason = status.lastState?.terminated?.reason;
  return {
    name: status.name,
    ready: status.ready,
    restartCount: status.restartCount,
    ...(waitingReason ? { waitingReason } : {}),
    ...(lastTerminationReason ? { lastTerminationReason } : {}),
  };
}

// Init containers are included: one stuck in CrashLoopBackOff keeps the pod from ever starting.
/**
 * The live pods: a terminating pod (the previous release scaling down) and a finished one (an
 * evicted pod lingers for days) say nothing about the release being watched.
 */
export function toPodStates(list: z.infer<typeof podListSchema>): PodState[] {
  const live = list.items.filter(
    (pod) => !pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed',
  );
  return live.map((pod) => ({
    name: pod.metadata.name,
    phase: pod.status?.phase ?? 'Unknown',
    ready:
      pod.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True') ?? false,
    containers: [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].map(
      toContainer,
    ),
  }));
}
