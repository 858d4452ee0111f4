import { CREDENTIAL_KEYS } from './config/noticesSchema.js';

const MASK = '***';
const PROMETHEUS_HEADERS = 'prometheus-headers';
// Registering a one- or two-character value would blank that text out of every log line.
const MIN_SECRET_LENGTH = 3;
// Credentials end at the last "@" before the host, as URL parsers read them: `u:p@ss@host` has the password `p@ss`.
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/([^\s/?#:]*)(?::([^\s/?#]*))?@/gi;

/**
 * Every value in raw configuration that must never be printed: the values of any request `headers` map and
 * the user and password of any URL. It reads the raw layers, before validation, so that even an
 * error message about an invalid value cannot show one.
 */
export function findSecrets(raw: unknown): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    if (value && value.length >= MIN_SECRET_LENGTH) found.add(value);
  };
  const visit = (value: unknown, key?: string, parent?: string) => {
    if (typeof value === 'string') {
      for (const [, user = '', password] of value.matchAll(URL_CREDENTIALS))
        urlCredentialSecrets(user, password).forEach(add);
      // `prometheus-headers` as an input is "Name: value" lines; each value authenticates.
      if (key === PROMETHEUS_HEADERS) {
        for (const line of value.split('\n')) {
          const colon = line.indexOf(':');
          headerSecrets(line.slice(0, Math.max(colon, 0)), line.slice(colon + 1).trim()).forEach(add);
        }
      }
      if (key !== undefined && (CREDENTIAL_KEYS as readonly string[]).includes(key)) {
        add(value);
        // A webhook URL's path is the credential on its own, and it shows up without the host.
        if (key === 'slack-webhook-url') add(pathOf(value));
      }
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item));
    } else if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) {
        // `expect.headers` are what the service should answer (content-type...), not credentials we send.
        const requestHeaders = (key === 'headers' && parent !== 'expect') || key === PROMETHEUS_HEADERS;
        if (requestHeaders && (typeof inner === 'string' || typeof inner === 'number'))
          headerSecrets(name, String(inner)).forEach(add);
        visit(inner, name, key);
      }
    }
  };
  visit(raw);
  return [...found];
}

const AUTHORIZATION_HEADERS = ['authorization', 'proxy-authorization'];
// RFC 9110 credentials: an auth scheme, then a token68 or auth-params.
const CREDENTIALS = /^([A-Za-z][\w!#$%&'*+.^`|~-]*)\s+(\S.*)$/;

/**
 * A request header's value, and for an Authorization header its credentials without the scheme
 * (and a Basic one's password): a server that refuses them tends to quote them alone, "invalid token X".
 */
export function headerSecrets(name: string, value: string): string[] {
  const found = CREDENTIALS.exec(value);
  if (!found || !AUTHORIZATION_HEADERS.includes(name.trim().toLowerCase())) return [value];
  const [, scheme = '', credentials = ''] = found;
  // A flow's `{{token}}` is a placeholder, masked as what it captures; masking the name would only hide it from error messages.
  if (credentials.includes('{{')) return [value];
  const pair = scheme.toLowerCase() === 'basic' ? Buffer.from(credentials, 'base64').toString() : '';
  // Only a pair that encodes back to what was written is one: Buffer decodes any text without complaint.
  const password =
    pair.includes(':') && Buffer.from(pair).toString('base64') === credentials
      ? pair.slice(pair.indexOf(':') + 1)
      : undefined;
  return [value, credentials, ...(password ? [password] : [])];
}

/**
 * The password as written and decoded, and the Basic header value the prober sends for it. The user
 * name is a secret only when it stands alone (`https://TOKEN@host`), and so is the Basic value sent for
 * it; a user beside a password is usually a plain account name, and masking `api` would blank every
 * `/api/` path out of the logs.
 */
function urlCredentialSecrets(user: string, password: string | undefined): string[] {
  if (password === undefined)
    return user ? [user, safeDecode(user), Buffer.from(`${safeDecode(user)}:`).toString('base64')] : [];
  const pair = `${safeDecode(user)}:${safeDecode(password)}`;
  return [password, safeDecode(password), Buffer.from(pair).toString('base64')];
}

function pathOf(url: string): string | undefined {
  try {
    const { pathname } = new URL(url);
    return pathname.length > 1 ? pathname : undefined;
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type Redactor = (text: string) => string;

/** A redactor that also learns secrets found while running: a token a flow captures is one. */
export interface SecretRedactor extends Redactor {
  add(secret: string): void;
}

/** Replaces every secret, longest first so a secret containing another is masked whole. */
export function createRedactor(secrets: readonly string[]): SecretRedactor {
  let ordered = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  const redact = ((text: string) =>
    ordered.reduce((out, secret) => out.split(secret).join(MASK), text)) as SecretRedactor;
  redact.add = (secret) => {
    if (secret.length >= MIN_SECRET_LENGTH && !ordered.includes(secret))
      ordered = [...ordered, secret].sort((a, b) => b.length - a.length);
  };
  return redact;
}

/** A copy of a JSON-shaped value with the redactor applied to every string in it. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactDeep(inner, redact)])) as T;
  }
  return value;
}

/** The URL with any user and password replaced, for reports and logs. */
export function redactUrl(url: string): string {
  return url.replace(URL_CREDENTIALS, (match, user: string, password: string | undefined) =>
    match.replace(
      `${user}${password === undefined ? '' : `:${password}`}@`,
      `${user ? MASK : ''}${password === undefined ? '' : `:${MASK}`}@`,
    ),
  );
}
