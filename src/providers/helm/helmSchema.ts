import { z } from 'zod';

// The fields the rollback reads of `helm history -o json` and `helm status -o json`, as Helm 3.21 and 4.x
// print them (keys Helm leaves out when empty are optional here; others are ignored).

/** One revision of `helm history -o json`: an array, oldest first, at most --max of the newest. */
export const historyEntrySchema = z.object({
  revision: z.number().int(),
  status: z.string(),
  /** `<name>-<version>`, or MISSING when the stored chart has no metadata. */
  chart: z.string(),
  app_version: z.string(),
  description: z.string().optional(),
  /** Helm's main branch only: the revision a rollback restored. */
  rollback_revision: z.number().int().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historySchema = z.array(historyEntrySchema);

/** `helm status -o json`: the latest revision. Helm 4 leaves the chart out (and `version` when it is 0). */
export const statusSchema = z.object({
  name: z.string().optional(),
  info: z.object({
    status: z.string(),
    description: z.string().optional(),
  }),
  manifest: z.string().optional(),
  version: z.number().int().optional(),
});
export type ReleaseStatus = z.infer<typeof statusSchema>;
