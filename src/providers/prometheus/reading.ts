import { MetricError, type MetricReading } from '../../engine/ports.js';
import type { QueryData, Series } from './envelope.js';

// Prometheus encodes these as strings; Number('+Inf') is NaN in JavaScript, so they are matched by name.
const SPECIAL_REASONS: Record<string, string> = {
  NaN: 'NaN: no traffic in the window (0/0)',
  '+Inf': '+Inf: the query divided by zero (x/0)',
  '-Inf': '-Inf: the query divided by zero (-x/0)',
};

type Sample = { value: number } | { reason: string };

/** Reduces one successful answer to the number a gate judges. */
export function toReading(data: QueryData, prometheusWarnings: string[]): MetricReading {
  const warnings = [...prometheusWarnings];
  switch (data.resultType) {
    case 'scalar':
      return fromSample(readSample(data.result[1]), warnings);
    case 'vector':
      return fromVector(data.result, warnings);
    case 'matrix':
      throw new MetricError(
        'the query returns a range vector (matrix), not one number: drop its [range] selector or wrap it in a function such as rate()',
        true,
      );
    case 'string':
      throw new MetricError('the query returns a string, not a number', true);
  }
}

function fromVector(result: Series[], warnings: string[]): MetricReading {
  if (result.length === 0)
    return { kind: 'no-data', reason: 'no series (no traffic, or the metric is absent)', warnings };
  const samples = result.map((series) =>
    series.value
      ? readSample(series.value[1])
      : { reason: 'a native histogram sample, not a number: use histogram_quantile()' },
  );
  if (result.length > 1) warnings.push(`${result.length} series; the highest is used`);
  // A gate guards a ceiling, so the worst series decides; series without a number cannot be compared.
  const numbers = samples.flatMap((sample) => ('value' in sample ? [sample.value] : []));
  if (numbers.length === 0) return fromSample(samples[0] as Sample, warnings);
  return { kind: 'value', value: Math.max(...numbers), warnings };
}

function fromSample(sample: Sample, warnings: string[]): MetricReading {
  return 'value' in sample
    ? { kind: 'value', value: sample.value, warnings }
    : { kind: 'no-data', reason: sample.reason, warnings };
}

function readSample(text: string): Sample {
  const special = SPECIAL_REASONS[text];
  if (special) return { reason: special };
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new MetricError(`the answer's sample value "${text.slice(0, 40)}" is not a number`);
  return { value };
}
