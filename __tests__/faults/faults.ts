/** The faults the suite injects into every party: the columns of docs/fault-matrix.md, in order. */
export const FAULTS = [
  'refused',
  'hang',
  'status-500',
  'status-429',
  'truncated-json',
  'html-page',
  'flood',
  'trickle',
  'untrusted-tls',
  'unresolvable',
] as const;
export type Fault = (typeof FAULTS)[number];

export const FAULT_LABELS: Record<Fault, string> = {
  refused: 'connection refused',
  hang: 'accepts, never answers',
  'status-500': 'HTTP 500',
  'status-429': '429 + Retry-After',
  'truncated-json': 'truncated JSON',
  'html-page': 'HTML error page',
  flood: '50 MB body',
  trickle: '1 byte/s body',
  'untrusted-tls': 'self-signed TLS',
  unresolvable: 'unresolvable host',
};

/** The external parties: the rows, in order. */
export const PARTIES = [
  'service',
  'prometheus',
  'kubernetes',
  'grafana',
  'datadog',
  'slack',
  'postgres',
  'redis',
] as const;
export type Party = (typeof PARTIES)[number];

export const PARTY_LABELS: Record<Party, string> = {
  service: 'Service under test (HTTP smoke check)',
  prometheus: 'Prometheus (metric gate)',
  kubernetes: 'Kubernetes API (kubectl, pod samples)',
  grafana: 'Grafana (notice)',
  datadog: 'Datadog (notice)',
  slack: 'Slack (notice)',
  postgres: 'PostgreSQL (dependency)',
  redis: 'Redis (dependency)',
};
