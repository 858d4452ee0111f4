import { z } from 'zod';
import { requestRules, requestShape } from './checkSchema.js';
import { durationBetween, flag, oneOf, yamlList } from './fields.js';

const HOUR = 3_600_000;
export const DEPENDENCY_TYPES = ['postgres', 'redis', 'tcp'] as const;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

/** The schemes a dependency URL may have, by type. */
export const DEPENDENCY_SCHEMES: Record<DependencyType, string[]> = {
  postgres: ['postgres:', 'postgresql:'],
  redis: ['redis:', 'rediss:'],
  tcp: ['tcp:'],
};
/** Each type's own default: a database gets longer than a PING. */
export const DEPENDENCY_TIMEOUT_MS: Record<DependencyType, number> = { postgres: 5_000, redis: 3_000, tcp: 3_000 };

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
  error: (issue) => `${JSON.stringify(issue.input)} is not an environment variable name`,
});

export const dependencySchema = z
  .strictObject({
    name: z.string().min(1),
    type: oneOf(DEPENDENCY_TYPES),
    url: z.string().min(1).optional(),
    /** The name of a variable holding the URL, so a password never sits in the workflow file. */
    'url-env': envName.optional(),
    query: z.string().min(1).optional(),
    command: z.string().min(1).optional(),
    timeout: durationBetween(1, HOUR).optional(),
    required: flag.prefault(true),
  })
  .superRefine((dependency, ctx) => {
    if ((dependency.url === undefined) === (dependency['url-env'] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'set exactly one of url or url-env (the name of an environment variable holding the URL)',
      });
    }
    const scheme = dependency.url === undefined ? undefined : schemeOf(dependency.url);
    if (scheme !== undefined && !DEPENDENCY_SCHEMES[dependency.type].includes(scheme)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `a ${dependency.type} URL starts with ${DEPENDENCY_SCHEMES[dependency.type].map((item) => `${item}//`).join(' or ')}`,
      });
    }
    if (dependency.query !== undefined && dependency.type !== 'postgres')
      ctx.addIssue({ code: 'custom', path: ['query'], message: 'query is for postgres; redis takes command' });
    if (dependency.command !== undefined && dependency.type !== 'redis')
      ctx.addIssue({ code: 'custom', path: ['command'], message: 'command is for redis; postgres takes query' });
  });

/** The scheme of a URL-like text ("postgres:"), without parsing the rest: it may hold a password. */
export function schemeOf(url: string): string {
  return /^([a-z][a-z0-9+.-]*:)\/\//i.exec(url)?.[1]?.toLowerCase() ?? '';
}

/** A capture source: a dot path into the JSON body, or `header:Name`. */
const capture = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a variable name; use letters, digits and _`,
  }),
  z.string().min(1),
);

const stepSchema = z.strictObject({ ...requestShape, capture: capture.optional() }).superRefine(requestRules);

const USE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export const flowSchema = z
  .strictObject({
    name: z.string().min(1),
    steps: z.array(stepSchema).min(1),
    timeout: durationBetween(1, HOUR).prefault('15s'),
    required: flag.prefault(true),
  })
  .superRefine((flow, ctx) => {
    const captured = new Set<string>();
    flow.steps.forEach((step, index) => {
      const text = JSON.stringify([step.url, step.path, step.headers, step.body, step.json]);
      for (const [, name] of text.matchAll(USE)) {
        if (!captured.has(name as string))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index],
            message: `{{${name}}} is used before a step captures it`,
          });
      }
      Object.keys(step.capture ?? {}).forEach((name) => captured.add(name));
    });
  });

export const verifyShape = {
  dependencies: yamlList(dependencySchema, 'dependencies (- name: ..., type: postgres|redis|tcp, url: ...)')
    .prefault([])
    .meta({
      description:
        'YAML list of dependencies: name, type (postgres, redis, tcp), url or url-env, query, command, timeout, required.',
    }),
  flows: yamlList(flowSchema, 'flows (- name: ..., steps: [...])').prefault([]).meta({
    description: 'YAML list of critical-path flows: name, steps (requests with expect and capture), timeout, required.',
  }),
};
