export const id = 609;
export const ids = [609];
export const modules = {

/***/ 6609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPrometheusSource: () => (/* binding */ createPrometheusSource)
});

// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/engine/secrets.ts
var secrets = __webpack_require__(9887);
// EXTERNAL MODULE: ./src/providers/shared/agent.ts
var shared_agent = __webpack_require__(7847);
// EXTERNAL MODULE: ./src/providers/shared/boundedGet.ts
var boundedGet = __webpack_require__(4167);
// EXTERNAL MODULE: ./src/providers/shared/headers.ts
var shared_headers = __webpack_require__(24);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/providers/prometheus/envelope.ts

// Deliberately looser than Prometheus 2.42 itself (any errorType, string or number timestamps):
// Thanos, Mimir and VictoriaMetrics answer in the same envelope with their own variations.
const sample = schemas/* tuple */.PVZ([schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]), schemas/* string */.YjP()]);
const series = schemas/* object */.Ikc({
    metric: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    // Absent for a native histogram sample, which carries "histogram" instead.
    value: sample.optional(),
});
const data = schemas/* discriminatedUnion */.gMt('resultType', [
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('vector'), result: schemas/* array */.YOg(series) }),
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('scalar'), result: sample }),
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('matrix'), result: schemas/* unknown */.L5J() }),
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('string'), result: schemas/* unknown */.L5J() }),
]);
const envelopeSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['success', 'error']),
    data: data.optional(),
    errorType: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
    warnings: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
/** The envelope, or why the JSON is not one (the first problem, with where it is). */
function parseEnvelope(json) {
    const parsed = envelopeSchema.safeParse(json);
    if (parsed.success)
        return { envelope: parsed.data };
    const [issue] = parsed.error.issues;
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { problem: `${where}${issue?.message ?? 'unexpected shape'}` };
}

;// CONCATENATED MODULE: ./src/providers/prometheus/failure.ts
const EXCERPT_CHARS = 200;
const ERROR_LEADS = {
    bad_data: 'Prometheus rejected the query',
    execution: 'Prometheus could not execute the query',
    timeout: 'Prometheus timed out evaluating the query',
    canceled: 'Prometheus canceled the query',
};
/** `status: "error"` in Prometheus's own words; its error text is what a person fixes the query by. */
function rejectedMessage(envelope, status) {
    const type = envelope.errorType ?? 'no errorType';
    const lead = ERROR_LEADS[type] ?? 'Prometheus failed the query';
    // 400 is implied by bad_data; for the others the status tells Prometheus's 422/503 from a proxy's 5xx.
    const code = type === 'bad_data' ? '' : `, HTTP ${status}`;
    return `${lead} (${type}${code}): ${envelope.error ?? 'no error text'}`;
}
/** An answer that is not the API's JSON: usually a proxy, a login page or a wrong base URL. */
function notJsonMessage(answer, host, path) {
    const what = isHtml(answer)
        ? `an HTML page${titleOf(answer.body)}`
        : answer.body.trim() === ''
            ? 'an empty body'
            : `a non-JSON body (${answer.contentType || 'no content-type'}): "${excerpt(answer.body)}"`;
    const hint = statusHint(answer.status, path) ?? `is prometheus-url the base URL the API lives under? (${path} was asked)`;
    return `Prometheus at ${host} answered HTTP ${answer.status} with ${what}, not the API's JSON: ${hint}`;
}
/** JSON, but not the envelope, or a success envelope under an error status. */
function unexpectedJsonMessage(answer, host, path, problem) {
    const hint = statusHint(answer.status, path);
    return `Prometheus at ${host} answered HTTP ${answer.status} with JSON that is not a Prometheus API answer (${problem})${hint ? `: ${hint}` : ''}`;
}
function statusHint(status, path) {
    if (status >= 300 && status < 400)
        return 'a redirect, which is not followed: is prometheus-url behind a login page?';
    if (status === 401 || status === 403)
        return 'the credentials were refused: check prometheus-headers';
    if (status === 404)
        return `nothing at ${path}: is prometheus-url the base URL the API lives under?`;
    if (status === 429)
        return 'queries are rate limited (a hosted Prometheus or a proxy in front of it): lower the gate count or raise monitor-interval';
    if (status === 502 || status === 503 || status === 504)
        return 'a proxy or load balancer in front of Prometheus answered; Prometheus may be down or restarting';
    // Asking whether the base URL is right would send a person the wrong way: something there failed.
    if (status >= 500)
        return 'a server error from Prometheus or a proxy in front of it';
    return undefined;
}
function isHtml(answer) {
    return /html/i.test(answer.contentType) || /^\s*</.test(answer.body);
}
function titleOf(body) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1];
    return title?.trim() ? ` ("${excerpt(title)}")` : '';
}
function excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

;// CONCATENATED MODULE: ./src/providers/prometheus/presence.ts

/**
 * One instant query for all the names: one series per name that has any, however many series it has, so
 * the answer stays small whatever the metric's cardinality (`/api/v1/series` would list them all). Metric
 * names hold no regex metacharacters, and Prometheus anchors `=~`, so the alternation matches names exactly.
 */
function presenceQuery(names) {
    return `count by (__name__) ({__name__=~"${names.join('|')}"})`;
}
/** The names the answer has no series for. */
function missingFrom(names, data) {
    if (data.resultType !== 'vector')
        throw new ports/* MetricError */.vh(`the metric lookup answered a ${data.resultType}, not the vector it asks for`);
    const present = new Set(data.result.map((series) => series.metric?.__name__));
    return names.filter((name) => !present.has(name));
}

;// CONCATENATED MODULE: ./src/providers/prometheus/reading.ts

// Prometheus encodes these as strings; Number('+Inf') is NaN in JavaScript, so they are matched by name.
const SPECIAL_REASONS = {
    NaN: 'NaN: no traffic in the window (0/0)',
    '+Inf': '+Inf: the query divided by zero (x/0)',
    '-Inf': '-Inf: the query divided by zero (-x/0)',
};
/** Reduces one successful answer to the number a gate judges. */
function toReading(data, prometheusWarnings) {
    const warnings = [...prometheusWarnings];
    switch (data.resultType) {
        case 'scalar':
            return fromSample(readSample(data.result[1]), warnings);
        case 'vector':
            return fromVector(data.result, warnings);
        case 'matrix':
            throw new ports/* MetricError */.vh('the query returns a range vector (matrix), not one number: drop its [range] selector or wrap it in a function such as rate()', true);
        case 'string':
            throw new ports/* MetricError */.vh('the query returns a string, not a number', true);
    }
}
function fromVector(result, warnings) {
    if (result.length === 0)
        return { kind: 'no-data', reason: 'no series (no traffic, or the metric is absent)', warnings };
    const samples = result.map((series) => series.value
        ? readSample(series.value[1])
        : { reason: 'a native histogram sample, not a number: use histogram_quantile()' });
    if (result.length > 1)
        warnings.push(`${result.length} series; the highest is used`);
    // A gate guards a ceiling, so the worst series decides; series without a number cannot be compared.
    const numbers = samples.flatMap((sample) => ('value' in sample ? [sample.value] : []));
    if (numbers.length === 0)
        return fromSample(samples[0], warnings);
    return { kind: 'value', value: Math.max(...numbers), warnings };
}
function fromSample(sample, warnings) {
    return 'value' in sample
        ? { kind: 'value', value: sample.value, warnings }
        : { kind: 'no-data', reason: sample.reason, warnings };
}
function readSample(text) {
    const special = SPECIAL_REASONS[text];
    if (special)
        return { reason: special };
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value))
        throw new ports/* MetricError */.vh(`the answer's sample value "${text.slice(0, 40)}" is not a number`);
    return { value };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/monitor/ranges.ts
var ranges = __webpack_require__(6082);
;// CONCATENATED MODULE: ./src/providers/prometheus/statusConfig.ts




// GET /api/v1/status/config: the loaded configuration as YAML text, defaults filled in.
const statusConfig = schemas/* object */.Ikc({ status: schemas/* literal */.euz('success'), data: schemas/* object */.Ikc({ yaml: schemas/* string */.YjP() }) });
const loadedConfig = schemas/* object */.Ikc({
    global: schemas/* object */.Ikc({ scrape_interval: schemas/* string */.YjP().regex(/^(?:\d+(?:ms|s|m|h|d|w|y))+$/) }),
});
/**
 * `global.scrape_interval` in milliseconds. Thanos, Mimir and managed services have no such endpoint or
 * answer it differently: every way this fails is a MetricError the monitor turns into an assumed default.
 * The configuration may hold credentials, so nothing of the body is quoted.
 */
function scrapeIntervalOf(answer, path) {
    if (answer.status < 200 || answer.status >= 300)
        throw new ports/* MetricError */.vh(`GET ${path} answered HTTP ${answer.status}`);
    let json;
    try {
        json = JSON.parse(answer.body);
    }
    catch {
        throw new ports/* MetricError */.vh(`GET ${path} did not answer JSON`);
    }
    const envelope = statusConfig.safeParse(json);
    if (!envelope.success)
        throw new ports/* MetricError */.vh(`GET ${path} did not answer Prometheus's configuration`);
    let loaded;
    try {
        loaded = (0,dist/* parse */.qg)(envelope.data.data.yaml);
    }
    catch {
        throw new ports/* MetricError */.vh(`GET ${path} answered a configuration that is not YAML`);
    }
    const config = loadedConfig.safeParse(loaded);
    if (!config.success)
        throw new ports/* MetricError */.vh(`GET ${path}: the configuration has no global.scrape_interval`);
    const ms = (0,ranges/* promqlDurationMs */.Wp)(config.data.global.scrape_interval);
    if (ms <= 0)
        throw new ports/* MetricError */.vh(`GET ${path}: global.scrape_interval is 0`);
    return ms;
}

;// CONCATENATED MODULE: ./src/providers/prometheus/prometheusSource.ts










// A gate needs one number; an answer this large is a query that forgot to aggregate.
const MAX_BODY_BYTES = 1024 * 1024;
const TOO_LARGE_ANSWER = 'a gate needs one number, so aggregate the query, e.g. with sum() or max()';
// A configuration with thousands of static targets can pass the limit: only the input avoids reading it.
const TOO_LARGE_CONFIG = 'its configuration is too large to read the scrape interval from; set scrape-interval';
// The monitor runs a handful of gates at once; more sockets would only queue on Prometheus.
const CONNECTIONS = 16;
/** Instant queries against the Prometheus HTTP API (or Thanos, Mimir, VictoriaMetrics, which share it). */
function createPrometheusSource(options) {
    const base = parseBase(options.baseUrl);
    const auth = (0,shared_headers/* withDefaults */.r)(options.headers, (0,shared_headers/* basicAuth */.t)(base));
    const headers = (0,shared_headers/* withDefaults */.r)(auth, { accept: 'application/json', 'user-agent': options.userAgent });
    const redact = (0,secrets/* createRedactor */.lY)(Object.entries(auth).flatMap(([name, value]) => (0,secrets/* headerSecrets */.n3)(name, value)));
    const agent = (0,shared_agent/* createAgent */.S)({ connections: CONNECTIONS, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    const { host } = base;
    /** One GET of the API; `tooLarge` says what an answer past the size limit means for what was asked. */
    async function get(url, timeoutMs, signal, tooLarge) {
        const answer = await (0,boundedGet/* boundedGet */._)({
            agent,
            url,
            headers,
            timeoutMs,
            signal,
            maxBytes: MAX_BODY_BYTES,
            words: { vendor: 'Prometheus', host, limit: '1 MiB', tooLarge, failed: 'Prometheus query failed' },
        }, redact);
        return { status: answer.status, contentType: String(answer.headers['content-type'] ?? ''), body: answer.text };
    }
    /** One instant query's answer, or a MetricError saying why there is none. */
    async function instant(query, at, timeoutMs, signal) {
        const url = queryUrl(base, query, at, timeoutMs);
        return interpret(await get(url, timeoutMs, signal, TOO_LARGE_ANSWER), host, url.pathname, redact);
    }
    return {
        async query(query, { at, timeoutMs, signal }) {
            const { data, warnings } = await instant(query, at, timeoutMs, signal);
            return toReading(data, warnings);
        },
        async missingMetrics(names, { timeoutMs, signal }) {
            // `{__name__=~""}` is a query Prometheus refuses: no name, nothing to look up.
            if (names.length === 0)
                return [];
            const { data } = await instant(presenceQuery(names), undefined, timeoutMs, signal);
            return missingFrom(names, data);
        },
        async scrapeInterval({ timeoutMs, signal }) {
            const url = apiUrl(base, 'status/config');
            return scrapeIntervalOf(await get(url, timeoutMs, signal, TOO_LARGE_CONFIG), url.pathname);
        },
        close: () => agent.close(),
    };
}
function interpret(answer, host, path, redact) {
    let json;
    try {
        json = JSON.parse(answer.body);
    }
    catch {
        // Masked before the message cuts an excerpt from it: a secret cut at its edge would show its first part.
        throw safe(notJsonMessage({ ...answer, body: redact(answer.body) }, host, path), redact);
    }
    const parsed = parseEnvelope(json);
    if ('problem' in parsed)
        throw safe(unexpectedJsonMessage(answer, host, path, parsed.problem), redact);
    const { envelope } = parsed;
    if (envelope.status === 'error')
        throw safe(rejectedMessage(envelope, answer.status), redact, envelope.errorType === 'bad_data');
    if (answer.status < 200 || answer.status >= 300)
        throw safe(unexpectedJsonMessage(answer, host, path, 'status "success" under an HTTP error'), redact);
    if (!envelope.data)
        throw safe(unexpectedJsonMessage(answer, host, path, 'status "success" without data'), redact);
    return { data: envelope.data, warnings: envelope.warnings ?? [] };
}
/** Every message may quote what a server sent back; none may show a header value we sent. */
function safe(message, redact, queryRejected = false) {
    return new ports/* MetricError */.vh(redact(message), queryRejected);
}
function parseBase(baseUrl) {
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        // The text itself may hold credentials, so it is not repeated.
        throw new ports/* MetricError */.vh('prometheus-url is not a valid URL (expected e.g. https://prometheus.example.com)');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new ports/* MetricError */.vh(`prometheus-url must be http or https, not ${url.protocol}`);
    return url;
}
/** `endpoint` of the API under the base, without the base's credentials (they go in a header). */
function apiUrl(base, endpoint) {
    const url = new URL(base.href);
    url.username = '';
    url.password = '';
    // A base copied from the API docs (…/api/v1 or …/api/v1/query) still means the same API.
    url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/api\/v1(?:\/query)?$/, '')}/api/v1/${endpoint}`;
    return url;
}
function queryUrl(base, query, at, timeoutMs) {
    const url = apiUrl(base, 'query');
    url.searchParams.set('query', query);
    if (at)
        url.searchParams.set('time', (at.getTime() / 1000).toFixed(3));
    // Prometheus then stops evaluating a query we have given up on, instead of for up to its 2m default.
    url.searchParams.set('timeout', `${Math.max(1, Math.round(timeoutMs))}ms`);
    return url;
}


/***/ }),

/***/ 7847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createAgent)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);

/**
 * One pooled agent per provider. EnvHttpProxyAgent honours HTTPS_PROXY / NO_PROXY, which self-hosted
 * runners behind a proxy rely on; without them it behaves as a plain Agent.
 */
function createAgent(options) {
    // `connect` shapes a direct connection; through a proxy the server's TLS is `requestTls` (the proxy's own stays verified).
    const unverified = options.insecureSkipTlsVerify
        ? { connect: { rejectUnauthorized: false }, requestTls: { rejectUnauthorized: false } }
        : {};
    return new undici__WEBPACK_IMPORTED_MODULE_0__.EnvHttpProxyAgent({ keepAliveTimeout: 4_000, connections: options.connections, ...unverified });
}


/***/ }),

/***/ 3012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/**
 * Reads at most `limit` bytes of an undici body (a Node stream) or a fetch body (a web stream); the
 * rest is discarded unread so a huge answer cannot exhaust memory. Leaving the loop early ends the
 * iteration, which destroys a Node stream and cancels a web stream: either way undici drops the connection.
 */
async function readBounded(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const room = limit - size;
        if (chunk.length >= room) {
            chunks.push(chunk.subarray(0, room));
            return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
        }
        chunks.push(chunk);
        size += chunk.length;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
}


/***/ }),

/***/ 4167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ boundedGet)
/* harmony export */ });
/* harmony import */ var _engine_config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1158);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3012);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6564);
/* harmony import */ var _networkError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1216);





/**
 * One GET of a metrics API, its body read up to the limit, or a MetricError saying why there is no answer.
 * Every message is masked: it may quote what a library said about a request that carried secrets.
 */
async function boundedGet(get, redact) {
    const { url, timeoutMs, signal, words } = get;
    // One timer for the headers and the body alike, so a server that stalls anywhere ends as a timeout.
    const limit = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadline */ .n)(signal, timeoutMs);
    try {
        const response = await get.agent.request({
            origin: url.origin,
            path: `${url.pathname}${url.search}`,
            method: 'GET',
            headers: get.headers,
            signal: limit.signal,
        });
        const { text, truncated } = await (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .C)(response.body, get.maxBytes);
        if (truncated)
            throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricError */ .vh(`${words.vendor} at ${words.host} answered more than ${words.limit} (HTTP ${response.statusCode}): ${words.tooLarge}`);
        return { status: response.statusCode, headers: response.headers, text };
    }
    catch (error) {
        if (error instanceof _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricError */ .vh)
            throw masked(error.message, redact);
        if (signal.aborted)
            throw masked(_engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeError */ .B2.stopped().message, redact);
        if (limit.expired)
            throw masked(`timed out: no answer from ${words.vendor} at ${words.host} within ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}`, redact);
        throw masked(`${words.failed}: ${(0,_networkError_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNetworkError */ .g)(error, url.href).message}`, redact);
    }
    finally {
        limit.clear();
    }
}
function masked(message, redact) {
    return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricError */ .vh(redact(message));
}


/***/ }),

/***/ 6564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ deadline)
/* harmony export */ });
/**
 * AbortSignal.timeout() keeps its timer, and AbortSignal.any() its link to the run's signal, until the
 * limit passes: with a 10 s limit a run of 2,000 checks held over a thousand of each at once and the
 * young generation grew for them. This one lets go as soon as the request is done.
 */
function deadline(caller, ms) {
    const controller = new AbortController();
    let expired = false;
    const onAbort = () => controller.abort(caller.reason);
    const timer = setTimeout(() => {
        expired = true;
        controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    }, ms);
    if (caller.aborted)
        onAbort();
    else
        caller.addEventListener('abort', onAbort, { once: true });
    return {
        signal: controller.signal,
        get expired() {
            return expired;
        },
        clear() {
            clearTimeout(timer);
            caller.removeEventListener('abort', onAbort);
        },
    };
}


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ withDefaults),
/* harmony export */   t: () => (/* binding */ basicAuth)
/* harmony export */ });
/* harmony import */ var _engine_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);

/** Adds each default the caller did not set itself; header names compare case-insensitively. */
function withDefaults(headers, defaults) {
    return { ...Object.fromEntries(Object.entries(defaults).filter(([name]) => !(0,_engine_http_js__WEBPACK_IMPORTED_MODULE_0__/* .hasHeader */ .o)(headers, name))), ...headers };
}
/** Credentials written into a URL (https://user:pass@host) become the Basic header they stand for. */
function basicAuth(url) {
    if (!url.username && !url.password)
        return {};
    const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}


/***/ }),

/***/ 1216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeNetworkError)
/* harmony export */ });
/* harmony import */ var _engine_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;
// The chain does not end at a CA Node trusts: a private CA or a self-signed certificate.
const UNTRUSTED_CODES = /SELF_SIGNED|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE)|CERT_UNTRUSTED/;
const UNTRUSTED_HINT = "the certificate is not trusted; add its CA to NODE_EXTRA_CA_CERTS in the step's env, or set insecure-skip-tls-verify";
/** Turns undici's and Node's error chains into what failed, not a bare "fetch failed". */
function describeNetworkError(error, url) {
    const { host, hostname } = (0,_engine_http_js__WEBPACK_IMPORTED_MODULE_0__/* .urlParts */ .A)(url);
    // Duck-typed, not `instanceof Error`: errors made in another realm (a VM context) are errors too.
    for (let current = error; typeof current === 'object' && current !== null; current = current.cause) {
        const code = current.code ?? '';
        if (code === 'ECONNREFUSED')
            return { kind: 'refused', message: `connection refused by ${host}` };
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
            return { kind: 'dns', message: `DNS lookup failed for ${hostname} (${code})` };
        if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
            return { kind: 'timeout', message: `could not connect to ${host} in time (${code})` };
        if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
            return { kind: 'timeout', message: `${host} stopped answering (${code})` };
        if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
            return { kind: 'reset', message: `connection to ${host} closed before an answer (${code})` };
        if (TLS_CODES.test(code)) {
            const hint = UNTRUSTED_CODES.test(code) ? ` — ${UNTRUSTED_HINT}` : '';
            return { kind: 'tls', message: `TLS error with ${host}: ${current.message}${hint} (${code})` };
        }
        if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
            return { kind: 'refused', message: `${host} is unreachable (${code})` };
    }
    const message = error?.message ?? String(error);
    return { kind: 'other', message: `request to ${host} failed: ${message}` };
}


/***/ })

};
