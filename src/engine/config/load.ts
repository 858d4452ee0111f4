import { configSchema, givenValueIssues, type Config, type ConfigKey } from './schema.js';
import { createRedactor, findSecrets } from '../secrets.js';
import { describeIssues, formatPath } from './issues.js';
import { DEPENDENCY_SCHEMES, schemeOf } from './verifySchema.js';

/** Inputs whose text is a YAML document rather than a scalar. */
const STRUCTURED_INPUTS: ReadonlySet<ConfigKey> = new Set([
  'checks',
  'gates',
  'compare',
  'traffic',
  'dependencies',
  'flows',
]);

export interface ConfigSources {
  /** A config file's name and text; its keys are the input names. */
  file?: { path: string; text: string };
  /** Inputs or flags that were set, as text: they override the file. */
  inputs: Partial<Record<ConfigKey, string>>;
  /** Defaults that come from where the tool runs (repository name, commit): the weakest layer. */
  context?: Partial<Record<ConfigKey, string>>;
  /** For `${NAME}` in a config file and a dependency's `url-env`. */
  env?: Record<string, string | undefined>;
}

/** `secrets` is filled either way: register them before printing anything, errors included. */
export type ConfigResult = ({ ok: true; config: Config } | { ok: false; errors: string[] }) & { secrets: string[] };

/** Merges the layers, validates everything at once and names the input or file key of every problem. */
export async function loadConfig(sources: ConfigSources): Promise<ConfigResult> {
  const errors: string[] = [];
  const parsedFile = sources.file
    ? (await loadYaml()).parseYaml(sources.file.text, `config file ${sources.file.path}`, errors)
    : undefined;
  const fileValue = sources.file
    ? expandEnv(parsedFile, sources.env ?? {}, `config file ${sources.file.path}`, errors)
    : undefined;
  const fromFile = isMapping(fileValue) ? fileValue : {};
  if (sources.file && fileValue !== undefined && fileValue !== null && !isMapping(fileValue)) {
    errors.push(`config file ${sources.file.path}: expected a mapping of keys such as base-url and checks`);
  }
  const fromInputs: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(sources.inputs)) {
    if (text === undefined || text.trim() === '') continue;
    fromInputs[key] = STRUCTURED_INPUTS.has(key as ConfigKey)
      ? (plainLines(text) ?? (await parseListInput(text, key, errors)))
      : text;
  }
  const merged = { ...sources.context, ...fromFile, ...fromInputs };
  const secrets = findSecrets([merged, Object.values(sources.inputs)]);
  const redact = createRedactor(secrets);
  if (errors.length > 0) return { ok: false, errors: errors.map(redact), secrets };

  const parsed = configSchema.safeParse(merged);
  const issues = [
    ...(parsed.success ? [] : describeIssues(parsed.error.issues, configSchema)),
    ...givenValueIssues(merged),
  ];
  if (parsed.success && issues.length === 0) {
    const resolved = resolveUrlEnv(parsed.data, sources.env ?? {});
    const allSecrets = [...secrets, ...resolved.secrets];
    if (resolved.errors.length > 0)
      return { ok: false, errors: resolved.errors.map(createRedactor(allSecrets)), secrets: allSecrets };
    return { ok: true, config: parsed.data, secrets: allSecrets };
  }
  return {
    ok: false,
    secrets,
    errors: issues.map(({ path, message, key }: { path: PropertyKey[]; message: string; key?: string }) => {
      const where = path.length > 0 ? `${formatPath(path)}: ` : '';
      const topKey = String(path[0] ?? key ?? '');
      const inFile =
        sources.file && topKey !== '' && !(topKey in fromInputs) && topKey in fromFile
          ? ` (in ${sources.file.path})`
          : '';
      return redact(`${where}${message}${inFile}`);
    }),
  };
}

/** `/health`, `GET /ready` or a full URL alone on a line. */
const CHECK_LINE = /^(?:[A-Za-z]+\s+)?(?:\/|https?:\/\/)\S*$/;

const listLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/** As actions commonly take lists, one check per line (`/health`, `GET /ready`); undefined when the text is anything else. */
function plainLines(text: string): string[] | undefined {
  const lines = listLines(text);
  // Plain lines with a comment or a `#` line between them are not valid YAML, though each is a check: read them first.
  return lines.length > 0 && lines.every((line) => CHECK_LINE.test(line)) ? lines : undefined;
}

/** A YAML list; a lone scalar is read as one item per line. */
async function parseListInput(text: string, key: string, errors: string[]): Promise<unknown> {
  const value = (await loadYaml()).parseYaml(text, key, errors);
  return typeof value === 'string' ? listLines(text) : value;
}

// The YAML parser is a quarter of the entry's code: a run with one check per line and no config file never loads it.
const loadYaml = () => import('./yaml.js');

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** `${NAME}` in a config file's strings, from the environment: a file keeps no secret, the runner holds it. */
function expandEnv(value: unknown, env: Record<string, string | undefined>, source: string, errors: string[]): unknown {
  if (typeof value === 'string') {
    return value.replace(ENV_REFERENCE, (reference, name: string) => {
      const found = env[name];
      if (found === undefined) errors.push(`${source}: ${reference} is not set in the environment`);
      return found ?? '';
    });
  }
  if (Array.isArray(value)) return value.map((item) => expandEnv(item, env, source, errors));
  if (isMapping(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, expandEnv(inner, env, source, errors)]),
    );
  return value;
}

/** Fills each dependency's url from its url-env, checks its scheme, and returns the credentials it brought. */
function resolveUrlEnv(
  config: Config,
  env: Record<string, string | undefined>,
): { errors: string[]; secrets: string[] } {
  const errors: string[] = [];
  const urls: string[] = [];
  config.dependencies.forEach((dependency, index) => {
    const name = dependency['url-env'];
    if (name === undefined) return;
    const url = env[name];
    if (url === undefined || url.trim() === '') {
      errors.push(
        `dependencies[${index}].url-env: ${JSON.stringify(name)} is not set in the environment; set it from a secret, e.g. env: ${name}: \${{ secrets.${name} }}`,
      );
      return;
    }
    urls.push(url);
    if (!DEPENDENCY_SCHEMES[dependency.type].includes(schemeOf(url))) {
      errors.push(
        `dependencies[${index}].url-env: ${name} does not hold a ${dependency.type} URL (${DEPENDENCY_SCHEMES[dependency.type].map((scheme) => `${scheme}//`).join(' or ')})`,
      );
    }
    dependency.url = url;
  });
  return { errors, secrets: findSecrets(urls) };
}
