// Request checks the apiserver itself makes, so that a wrong query from kubectl (or from the way the
// inspector calls it) fails the way it would against a real cluster instead of being quietly served.

const listParams = ['labelSelector', 'fieldSelector', 'limit', 'continue', 'resourceVersion', 'resourceVersionMatch', 'watch', 'allowWatchBookmarks', 'timeoutSeconds', 'sendInitialEvents'];

export const allowedParams: Record<'get' | 'list' | 'log' | 'discovery', string[]> = {
  discovery: ['timeout'],
  get: ['timeout', 'resourceVersion'],
  list: ['timeout', ...listParams],
  log: ['timeout', 'container', 'sinceTime', 'sinceSeconds', 'tailLines', 'timestamps', 'previous', 'follow', 'limitBytes', 'insecureSkipTLSVerifyBackend'],
};

const labelPart = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;

type Requirement = (labels: Record<string, string>) => boolean;

/** Parses the equality subset of the label selector grammar; throws with the apiserver's wording. */
export function parseLabelSelector(selector: string): Requirement[] {
  if (selector.trim() === '') return [];
  return selector.split(',').map((term) => {
    const match = /^\s*(!?)([^=!\s]+)\s*(?:(==|=|!=)\s*([^\s]*))?\s*$/.exec(term);
    const [, negated, key, operator, value] = match ?? [];
    if (!key || !labelPart.test(key) || (value !== undefined && value !== '' && !labelPart.test(value)) || (negated && operator)) {
      throw new Error(`unable to parse requirement: found '${term.trim()}', expected: valid label selector`);
    }
    if (!operator) return negated ? (labels) => !(key in labels) : (labels) => key in labels;
    return operator === '!=' ? (labels) => labels[key] !== value : (labels) => labels[key] === value;
  });
}

export function matchesLabels(requirements: Requirement[], labels: Record<string, string> | undefined): boolean {
  return requirements.every((requirement) => requirement(labels ?? {}));
}

/** Deployments support only the generic object fields as field selectors. */
export function parseFieldSelector(selector: string): { name?: string } {
  if (selector === '') return {};
  const result: { name?: string } = {};
  for (const term of selector.split(',')) {
    const [field, value] = term.split('=');
    if (field === 'metadata.name' && value !== undefined) result.name = value;
    else if (field !== 'metadata.namespace') throw new Error(`"${field ?? ''}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
  }
  return result;
}

/** RFC 3339 as the apiserver's metav1.Time accepts it for sinceTime. */
export function parseSinceTime(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(date.getTime())) {
    throw new Error(`parsing time "${value}" as "2006-01-02T15:04:05Z07:00": cannot parse`);
  }
  return date;
}
