import { z } from 'zod';

// The fields of `kubectl get deployment -o json` and `kubectl get replicasets -o json` that the rollback
// preview reads (kubernetes/api apps/v1 v0.32.13); zod strips the rest.

const stringMap = z.record(z.string(), z.string());

const container = z.object({ name: z.string(), image: z.string().optional() });

const podTemplate = z.object({
  spec: z.object({
    containers: z.array(container),
    initContainers: z.array(container).optional(),
  }),
});

export const labelSelectorSchema = z.object({
  matchLabels: stringMap.optional(),
  matchExpressions: z
    .array(
      z.object({
        key: z.string(),
        operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']),
        values: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});

export const rolloutDeploymentSchema = z.object({
  metadata: z.object({
    name: z.string(),
    uid: z.string(),
    labels: stringMap.optional(),
    annotations: stringMap.optional(),
  }),
  spec: z.object({
    selector: labelSelectorSchema,
    template: podTemplate,
    paused: z.boolean().optional(),
  }),
});

export const replicaSetListSchema = z.object({
  items: z.array(
    z.object({
      metadata: z.object({
        name: z.string(),
        annotations: stringMap.optional(),
        ownerReferences: z.array(z.object({ uid: z.string(), controller: z.boolean().optional() })).optional(),
      }),
      spec: z.object({ template: podTemplate.optional() }),
    }),
  ),
});

export type RolloutDeployment = z.infer<typeof rolloutDeploymentSchema>;
export type ReplicaSetItem = z.infer<typeof replicaSetListSchema>['items'][number];
export type PodTemplate = z.infer<typeof podTemplate>;
export type LabelSelector = z.infer<typeof labelSelectorSchema>;
