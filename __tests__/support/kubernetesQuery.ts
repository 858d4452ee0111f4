import { isDeepStrictEqual } from 'node:util';
import { rollbackSkippedAnnotations, type Json } from './kubernetesObjects.js';

// Request checks the apiserver itself makes, so that a wrong query from kubectl (or from the way the
// inspector calls it) fails the way it would against a real cluster instead of being quietly served.

const listParams = [
  'labelSelector',
  'fieldSelector',
  'limit',
  'continue',
  'resourceVersion',
  'resourceVersionMatch',
  'watch',
  'allowWatchBookmarks',
  'timeoutSeconds',
  'sendInitialEvents',
];

export const allowedParams: Record<'get' | 'list' | 'log' | 'discovery' | 'patch', string[]> = {
  discovery: ['timeout'],
  get: ['timeout', 'resourceVersion'],
  patch: ['timeout', 'dryRun', 'fieldManager', 'fieldValidation', 'force'],
  list: ['timeout', ...listParams],
  log: [
    'timeout',
    'container',
    'sinceTime',
    'sinceSeconds',
    'tailLines',
    'timestamps',
    'previous',
    'follow',
    'limitBytes',
    'insecureSkipTLSVerifyBackend',
  ],
};

const labelPart = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;

type Requirement = (labels: Record<string, string>) => boolean;

/** Parses the equality subset of the label selector grammar; throws with the apiserver's wording. */
export function parseLabelSelector(selector: string): Requirement[] {
  if (selector.trim() === '') return [];
  return selector.split(',').map((term) => {
    const match = /^\s*(!?)([^=!\s]+)\s*(?:(==|=|!=)\s*([^\s]*))?\s*$/.exec(term);
    const [, negated, key, operator, value] = match ?? [];
    if (
      !key ||
      !labelPart.test(key) ||
      (value !== undefined && value !== '' && !labelPart.test(value)) ||
      (negated && operator)
    ) {
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
    else if (field !== 'metadata.namespace')
      throw new Error(`"${field ?? ''}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
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

export const jsonPatchType = 'application/json-patch+json';

export interface RollbackPatch {
  template: Json;
  annotations: Record<string, string>;
  /** The owned ReplicaSet whose template the patch restores. */
  target: Json;
}

/**
 * Checks a `rollout undo` PATCH body against what kubectl 1.32 builds (pkg/polymorphichelpers/rollback.go):
 * exactly [replace /spec/template, replace /metadata/annotations]; the template of one of the ReplicaSets the
 * Deployment controls, without its pod-template-hash label; the annotations the Deployment's values for the
 * skip-list keys plus every other annotation of that ReplicaSet. Throws saying what differs.
 */
export function checkRollbackPatch(body: string, deployment: Json, replicaSets: Json[]): RollbackPatch {
  const fail = (why: string): never => {
    throw new Error(`fake apiserver: the rollback patch does not follow kubectl 1.32: ${why}`);
  };
  let ops: unknown;
  try {
    ops = JSON.parse(body);
  } catch {
    return fail(`the body is not JSON: ${body.slice(0, 80)}`);
  }
  if (!Array.isArray(ops) || ops.length !== 2)
    return fail(`expected two operations, got ${JSON.stringify(ops).slice(0, 200)}`);
  const [templateOp, annotationsOp] = ops as Json[];
  const expectOp = (op: Json | undefined, path: string): Json => {
    if (
      !op ||
      Object.keys(op).sort().join(',') !== 'op,path,value' ||
      op.op !== 'replace' ||
      op.path !== path ||
      !isObject(op.value)
    ) {
      return fail(`expected {"op":"replace","path":"${path}","value":{...}}, got ${JSON.stringify(op).slice(0, 200)}`);
    }
    return op.value;
  };
  const template = expectOp(templateOp, '/spec/template');
  const annotations = expectOp(annotationsOp, '/metadata/annotations') as Record<string, string>;
  const labels = ((template.metadata ?? {}) as Json).labels as Record<string, string> | undefined;
  if (labels && 'pod-template-hash' in labels) fail('the template still carries the pod-template-hash label');

  const uid = (deployment.metadata as Json).uid;
  const owned = replicaSets.filter((rs) =>
    ((rs.metadata as Json).ownerReferences as Json[] | undefined)?.some(
      (ref) => ref.controller === true && ref.uid === uid,
    ),
  );
  const target = owned.find((rs) =>
    isDeepStrictEqual(comparableTemplate((rs.spec as Json).template as Json), comparableTemplate(template)),
  );
  if (!target)
    return fail(
      `the template is none of the Deployment's ReplicaSets' templates: ${JSON.stringify(template).slice(0, 300)}`,
    );

  const current = ((deployment.metadata as Json).annotations ?? {}) as Record<string, string>;
  const fromReplicaSet = ((target.metadata as Json).annotations ?? {}) as Record<string, string>;
  const expected: Record<string, string> = {};
  for (const key of rollbackSkippedAnnotations) if (current[key] !== undefined) expected[key] = current[key];
  for (const [key, value] of Object.entries(fromReplicaSet))
    if (!rollbackSkippedAnnotations.includes(key)) expected[key] = value;
  if (!isDeepStrictEqual(annotations, expected))
    fail(`expected annotations ${JSON.stringify(expected)}, got ${JSON.stringify(annotations)}`);
  return { template, annotations, target };
}

/**
 * A pod template as compared semantically: without pod-template-hash, and without what Go's encoding of
 * a typed object adds or drops (`creationTimestamp: null`, empty objects such as `resources: {}`).
 */
export function comparableTemplate(template: Json): Json {
  const copy = structuredClone(template);
  const labels = ((copy.metadata ?? {}) as Json).labels as Record<string, string> | undefined;
  if (labels) delete labels['pod-template-hash'];
  return prune(copy) as Json;
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isObject(value)) return value;
  const kept = Object.entries(value)
    .map(([key, inner]) => [key, prune(inner)] as const)
    .filter(
      ([, inner]) => inner !== null && inner !== undefined && !(isObject(inner) && Object.keys(inner).length === 0),
    );
  return Object.fromEntries(kept);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
