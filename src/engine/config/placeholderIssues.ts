import { isPlaceholder, placeholdersIn, PLACEHOLDERS, type Placeholder } from '../monitor/placeholders.js';
import { nearest } from './suggest.js';

/** The parts of a config the placeholders read. */
interface PlaceholderSources {
  service?: string;
  version?: string;
  'kube-deployment'?: string;
  'error-rate-query': string;
  'latency-query'?: string;
  'traffic-query'?: string;
  'slo-objective'?: number;
  'slo-errors-query': string;
  'slo-requests-query': string;
  gates: readonly { query?: string; 'traffic-query'?: string }[];
  compare: readonly { 'errors-query': string; 'requests-query': string }[];
}

// Those a config may lack; the others always have a value (environment, kube-namespace have defaults).
const NEEDS: Partial<Record<Placeholder, { key: keyof PlaceholderSources; what: string }>> = {
  service: { key: 'service', what: 'the service name' },
  version: { key: 'version', what: 'the version that should now be serving' },
  deployment: { key: 'kube-deployment', what: 'the Deployment' },
};

/** Every placeholder a query names that is unknown, or whose value this config does not have. */
export function placeholderIssues(config: PlaceholderSources): { path: PropertyKey[]; message: string }[] {
  const queries: [PropertyKey[], string | undefined][] = [
    [['error-rate-query'], config['error-rate-query']],
    [['latency-query'], config['latency-query']],
    [['traffic-query'], config['traffic-query']],
    // The burn-rate queries are checked only when the gate is on: their defaults are always there.
    ...(config['slo-objective'] !== undefined
      ? ([
          [['slo-errors-query'], config['slo-errors-query']],
          [['slo-requests-query'], config['slo-requests-query']],
        ] as [PropertyKey[], string][])
      : []),
    ...config.gates.flatMap((gate, index): [PropertyKey[], string | undefined][] => [
      [['gates', index, 'query'], gate.query],
      [['gates', index, 'traffic-query'], gate['traffic-query']],
    ]),
  ];
  // {{side}} has a value only where a comparison fills it, once for each side.
  const compared = config.compare.flatMap((entry, index): [PropertyKey[], string][] => [
    [['compare', index, 'errors-query'], entry['errors-query']],
    [['compare', index, 'requests-query'], entry['requests-query']],
  ]);
  const problems = (checked: [PropertyKey[], string | undefined][], sided: boolean) =>
    checked.flatMap(([path, query]) =>
      placeholdersIn(query ?? '').flatMap((name) => {
        const problem = placeholderProblem(name, config, sided);
        return problem ? [{ path, message: problem }] : [];
      }),
    );
  return [...problems(queries, false), ...problems(compared, true)];
}

function placeholderProblem(name: string, config: PlaceholderSources, sided: boolean): string | undefined {
  if (name === 'side' && !sided)
    return '{{side}} is the canary or the baseline of a comparison: it has a value only in the queries of a compare entry';
  if (!isPlaceholder(name)) {
    const usable = PLACEHOLDERS.filter((known) => sided || known !== 'side');
    const guess = nearest(name, usable);
    const known = usable.map((known) => `{{${known}}}`).join(', ');
    return `{{${name}}} is not a placeholder${guess ? ` (did you mean {{${guess}}}?)` : ''}; use ${known}`;
  }
  const need = NEEDS[name];
  if (need && config[need.key] === undefined) return `{{${name}}} is ${need.what}: set ${need.key}`;
  return undefined;
}
