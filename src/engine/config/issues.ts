import type { z } from 'zod';
import { nearest } from './suggest.js';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** `['checks', 0, 'expect']` -> `checks[0].expect`; a key that is no plain word is quoted: `headers["x a"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      // A key with a space or a line break (a bad header name) would otherwise read as part of the message.
      if (!/^[\w.-]+$/.test(String(part))) return `[${JSON.stringify(String(part))}]`;
      return index === 0 ? String(part) : `.${String(part)}`;
    })
    .join('');
}

/**
 * One readable line per problem, each naming where it is; unions report the branch the value was meant for.
 * An unknown key also comes back as `key`: at the top level its path is empty, and the key alone tells which layer it came from.
 */
export function describeIssues(
  issues: readonly Issue[],
  root: Schema,
  base: PropertyKey[] = [],
): { path: PropertyKey[]; message: string; key?: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      const meant = issue.errors.find(
        (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
      );
      if (meant) return describeIssues(meant, root, path);
    }
    if (issue.code === 'invalid_key') return describeIssues(issue.issues as Issue[], root, path);
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(root, path);
      return issue.keys.map((key) => {
        const guess = nearest(key, known);
        return {
          path,
          key,
          message: `unknown key ${JSON.stringify(key)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : `; known keys: ${known.join(', ')}`}`,
        };
      });
    }
    return [{ path, message: issue.message }];
  });
}

/** The keys the object schema(s) at `path` accept, following arrays, unions, pipes and defaults. */
function keysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return keysAt(def.innerType as Schema, path);
    case 'pipe':
      return [...new Set([...keysAt(def.in as Schema, path), ...keysAt(def.out as Schema, path)])];
    case 'union':
      return [...new Set((def.options as Schema[]).flatMap((option) => keysAt(option, path)))];
    case 'array':
      return path.length > 0 && typeof path[0] === 'number' ? keysAt(def.element as Schema, path.slice(1)) : [];
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      if (path.length === 0) return Object.keys(shape);
      const next = shape[String(path[0])];
      return next ? keysAt(next, path.slice(1)) : [];
    }
    default:
      return [];
  }
}
