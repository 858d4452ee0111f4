import type { Config } from '../config/schema.js';

/** What every check planner shares: where a path goes, and a name no other check has. */
export interface PlanNaming {
  /** `/health` -> base-url + `/health`; a full URL stays as it is. */
  resolve: (target: string) => string;
  /** The name, or `name #2`, `name #3`…: the report tells checks apart by name. */
  unique: (name: string) => string;
}

export function planNaming(config: Config, reserved: readonly string[]): PlanNaming {
  const base = config['base-url'];
  const taken = new Set(reserved);
  return {
    resolve: (target) => (base && target.startsWith('/') ? joinUrl(base, target) : target),
    unique(name) {
      let candidate = name;
      for (let n = 2; taken.has(candidate); n++) candidate = `${name} #${n}`;
      taken.add(candidate);
      return candidate;
    },
  };
}

/** `https://x/api` + `/health` -> `https://x/api/health`: a base path is kept, not replaced. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}
