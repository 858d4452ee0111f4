import { z } from 'zod';

// Deliberately looser than Prometheus 2.42 itself (any errorType, string or number timestamps):
// Thanos, Mimir and VictoriaMetrics answer in the same envelope with their own variations.
const sample = z.tuple([z.union([z.number(), z.string()]), z.string()]);

const series = z.object({
  metric: z.record(z.string(), z.string()).optional(),
  // Absent for a native histogram sample, which carries "histogram" instead.
  value: sample.optional(),
});

const data = z.discriminatedUnion('resultType', [
  z.object({ resultType: z.literal('vector'), result: z.array(series) }),
  z.object({ resultType: z.literal('scalar'), result: sample }),
  z.object({ resultType: z.literal('matrix'), result: z.unknown() }),
  z.object({ resultType: z.literal('string'), result: z.unknown() }),
]);

export const envelopeSchema = z.object({
  status: z.enum(['success', 'error']),
  data: data.optional(),
  errorType: z.string().optional(),
  error: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});

export type Envelope = z.infer<typeof envelopeSchema>;
export type QueryData = z.infer<typeof data>;
export type Series = z.infer<typeof series>;

/** The envelope, or why the JSON is not one (the first problem, with where it is). */
export function parseEnvelope(json: unknown): { envelope: Envelope } | { problem: string } {
  const parsed = envelopeSchema.safeParse(json);
  if (parsed.success) return { envelope: parsed.data };
  const [issue] = parsed.error.issues;
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { problem: `${where}${issue?.message ?? 'unexpected shape'}` };
}
