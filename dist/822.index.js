export const id = 822;
export const ids = [822];
export const modules = {

/***/ 4932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ datadogErrors),
/* harmony export */   t: () => (/* binding */ rateLimitOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

// APIErrorResponse, the body of every Datadog v1 error (400, 403, 429): `errors` is required.
const apiErrorResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()) });
/** Datadog's own words from an `{ "errors": ["…"] }` body, joined; undefined for any other JSON. */
function datadogErrors(json) {
    const parsed = apiErrorResponse.safeParse(json);
    if (!parsed.success)
        return undefined;
    const said = parsed.data.errors.map((error) => error.trim()).filter((error) => error !== '');
    return said.length ? said.join('; ') : undefined;
}
/** `headers` with lower-cased names, as undici gives them. */
function rateLimitOf(headers) {
    const number = (name) => {
        const text = String(headers[name] ?? '').trim();
        return /^\d+$/.test(text) ? Number(text) : undefined;
    };
    const reset = number('x-ratelimit-reset');
    const limit = number('x-ratelimit-limit');
    const periodSeconds = number('x-ratelimit-period');
    const name = String(headers['x-ratelimit-name'] ?? '').trim();
    return {
        ...(reset === undefined ? {} : { resetMs: reset * 1_000 }),
        ...(limit === undefined ? {} : { limit }),
        ...(periodSeconds === undefined ? {} : { periodSeconds }),
        ...(name ? { name } : {}),
    };
}


/***/ }),

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createDatadogReader)
/* harmony export */ });
/* harmony import */ var _engine_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3124);
/* harmony import */ var _engine_config_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4649);
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1158);
/* harmony import */ var _engine_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9887);
/* harmony import */ var _shared_agent_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7847);
/* harmony import */ var _shared_boundedGet_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4167);
/* harmony import */ var _shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8679);
/* harmony import */ var _apiErrors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4932);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8949);
/* harmony import */ var _site_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7988);










// A monitor window reads a handful of gates at once; more sockets would only queue on Datadog's limit.
const CONNECTIONS = 8;
function createDatadogReader(options) {
    const base = new URL((0,_site_js__WEBPACK_IMPORTED_MODULE_9__/* .datadogApiBase */ .C)(options.site, options.apiUrl));
    const redact = (0,_engine_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .createRedactor */ .lY)([options.apiKey, options.appKey]);
    // Headers, never the deprecated api_key / application_key query parameters: URLs end up in logs.
    const headers = {
        'dd-api-key': options.apiKey,
        'dd-application-key': options.appKey,
        accept: 'application/json',
        'user-agent': options.userAgent,
    };
    const agent = (0,_shared_agent_js__WEBPACK_IMPORTED_MODULE_4__/* .createAgent */ .S)({ connections: CONNECTIONS, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    const clock = options.clock ?? _engine_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m;
    const maxWaitMs = options.maxRateLimitWaitMs ?? 0;
    /** One GET, its body read up to the limit. */
    async function once(url, request, context) {
        const answer = await (0,_shared_boundedGet_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedGet */ ._)({
            agent,
            url,
            headers,
            timeoutMs: request.timeoutMs,
            signal: request.signal,
            maxBytes: request.maxBytes,
            words: {
                vendor: 'Datadog',
                host: context.host,
                limit: `${Math.round(request.maxBytes / 1024)} KiB`,
                tooLarge: request.tooLarge,
                failed: `Datadog read of ${request.what} failed`,
            },
        }, redact);
        return { status: answer.status, headers: flat(answer.headers), text: answer.text, json: parsed(answer.text) };
    }
    function rateLimited(answer, rate, why, context) {
        const allowance = rate.limit !== undefined && rate.periodSeconds !== undefined
            ? `, ${rate.limit} requests per ${rate.periodSeconds}s${rate.name ? ` (${rate.name})` : ''}`
            : '';
        const said = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_6__/* .vendorDetail */ .US)(answer, _apiErrors_js__WEBPACK_IMPORTED_MODULE_7__/* .datadogErrors */ .g, redact);
        return (0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .safeError */ .kG)(`Datadog rate-limited ${context.what} (HTTP 429${allowance}${said ? `: ${said}` : ''}) ${why}; ` +
            'fewer Datadog gates or a longer monitor-interval send fewer requests', redact, false, true);
    }
    return {
        clock,
        redact,
        async read(request, shape) {
            const url = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_6__/* .joinPath */ .uJ)(base, request.path);
            for (const [name, value] of Object.entries(request.params))
                url.searchParams.set(name, value);
            const context = {
                what: request.what,
                permission: request.permission,
                host: base.host,
                path: request.path,
            };
            let answer = await once(url, request, context);
            if (answer.status === 429) {
                const rate = (0,_apiErrors_js__WEBPACK_IMPORTED_MODULE_7__/* .rateLimitOf */ .t)(answer.headers);
                if (rate.resetMs === undefined)
                    throw rateLimited(answer, rate, 'without saying when it resets', context);
                if (rate.resetMs > maxWaitMs)
                    throw rateLimited(answer, rate, `for ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(rate.resetMs)}, longer than the ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(maxWaitMs)} a read may wait`, context);
                await clock.sleep(rate.resetMs, request.signal);
                if (request.signal.aborted)
                    throw (0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .safeError */ .kG)(_engine_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeError */ .B2.stopped().message, redact);
                answer = await once(url, request, context);
                if (answer.status === 429)
                    throw rateLimited(answer, (0,_apiErrors_js__WEBPACK_IMPORTED_MODULE_7__/* .rateLimitOf */ .t)(answer.headers), `again after waiting ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(rate.resetMs)} for the reset`, context);
            }
            if (answer.status < 200 || answer.status >= 300)
                throw (0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .refusal */ .x5)(answer, context, redact);
            if (answer.json === undefined)
                throw (0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .notJson */ .O2)(answer, context, redact);
            const parsed = shape.safeParse(answer.json);
            if (!parsed.success)
                throw (0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .unexpectedJson */ .WS)(answer, context, firstIssue(parsed.error), redact);
            return parsed.data;
        },
        close: () => agent.close(),
    };
}
function parsed(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function flat(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers))
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    return out;
}
/** Where the JSON first departs from the shape, e.g. "series.0.pointlist: expected array". */
function firstIssue(error) {
    const [issue] = error.issues;
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue?.message ?? 'unexpected shape'}`;
}


/***/ }),

/***/ 8949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ notJson),
/* harmony export */   WS: () => (/* binding */ unexpectedJson),
/* harmony export */   kG: () => (/* binding */ safeError),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1158);
/* harmony import */ var _shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8679);
/* harmony import */ var _apiErrors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4932);



/** A MetricError whose message can show no key: it may quote what a server or a library said. */
function safeError(message, redact, queryRejected = false, rateLimited = false) {
    return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricError */ .vh(redact(message), queryRejected, rateLimited);
}
/** A non-2xx answer other than 429, in terms a person can act on. */
function refusal(answer, context, redact) {
    const said = (0,_apiErrors_js__WEBPACK_IMPORTED_MODULE_2__/* .datadogErrors */ .g)(answer.json);
    // A malformed query is a setup problem, like malformed PromQL: Datadog says what is wrong with it.
    if (answer.status === 400 && said)
        return safeError(`Datadog rejected ${context.what}: ${said}`, redact, true);
    if (answer.status === 401 || answer.status === 403)
        return safeError(`Datadog refused ${context.what} (HTTP ${answer.status}${said ? `: ${said}` : ''}): datadog-api-key must be ` +
            `an API key and datadog-app-key an application key of the same organisation at ${context.host}, and the ` +
            `application key needs the ${context.permission} permission`, redact);
    if (answer.json === undefined)
        return notJson(answer, context, redact);
    const detail = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_1__/* .vendorDetail */ .US)(answer, _apiErrors_js__WEBPACK_IMPORTED_MODULE_2__/* .datadogErrors */ .g, redact);
    const hint = statusHint(answer.status, context.path);
    return safeError(`Datadog at ${context.host} answered HTTP ${answer.status}${detail ? ` (${detail})` : ''}${hint ? `: ${hint}` : ''}`, redact);
}
/** An answer that is not the API's JSON: usually a proxy, a login page or a wrong datadog-api-url. */
function notJson(answer, context, redact) {
    const detail = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_1__/* .vendorDetail */ .US)(answer, () => undefined, redact);
    const what = /^\s*</.test(answer.text)
        ? `an HTML page${detail ? ` ("${detail}")` : ''}`
        : detail
            ? `a non-JSON body ("${detail}")`
            : 'an empty body';
    const hint = statusHint(answer.status, context.path) ??
        `is datadog-api-url the base URL the API lives under? (${context.path} was asked)`;
    return safeError(`Datadog at ${context.host} answered HTTP ${answer.status} with ${what}, not the API's JSON: ${hint}`, redact);
}
/** JSON of the wrong shape under a 2xx: `problem` says where. */
function unexpectedJson(answer, context, problem, redact) {
    return safeError(`Datadog at ${context.host} answered HTTP ${answer.status} with JSON that is not the answer to ${context.what} (${problem})`, redact);
}
function statusHint(status, path) {
    if (status >= 300 && status < 400)
        return 'a redirect, which is not followed: is datadog-api-url behind a login page?';
    if (status === 404)
        return `nothing at ${path}: is datadog-api-url the base URL the API lives under?`;
    if (status === 502 || status === 503 || status === 504)
        return 'a proxy or load balancer in front of Datadog answered; Datadog or the proxy may be unavailable';
    if (status >= 500)
        return 'a server error at Datadog or a proxy in front of it';
    return undefined;
}


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ datadogApiBase),
/* harmony export */   b: () => (/* binding */ datadogAppBase)
/* harmony export */ });
/* harmony import */ var _engine_config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9343);
/* harmony import */ var _shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8679);


/** `https://api.<site>` for one of Datadog's sites, or `apiUrl` (without a trailing /api/v1…) when given. */
function datadogApiBase(site, apiUrl) {
    if (apiUrl) {
        const url = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBase */ .Hp)(apiUrl, 'datadog-api-url');
        // A URL copied with the API path still means the host it lives under.
        url.pathname = url.pathname.replace(/\/api\/v1(?:\/events)?$/, '');
        return url.href.replace(/\/+$/, '');
    }
    const wanted = site.trim().toLowerCase();
    if (!_engine_config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .DATADOG_SITES */ .mj.includes(wanted))
        throw new Error(`datadog-site "${site}" is not one of Datadog's sites: ${_engine_config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .DATADOG_SITES */ .mj.join(', ')}`);
    return `https://api.${wanted}`;
}
/**
 * The web app of the site, where a person opens a monitor; undefined when `apiUrl` leads elsewhere (a
 * proxy or a private endpoint), since its app host cannot be known from there. Datadog's sites table:
 * a site of two labels is behind app. (app.datadoghq.com, app.datadoghq.eu, app.ddog-gov.com); a
 * regional one is its own host (us3.datadoghq.com, ap1.datadoghq.com).
 */
function datadogAppBase(site, apiUrl) {
    const wanted = site.trim().toLowerCase();
    if (!_engine_config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .DATADOG_SITES */ .mj.includes(wanted))
        return undefined;
    if (apiUrl && datadogApiBase(wanted, apiUrl) !== datadogApiBase(wanted))
        return undefined;
    return wanted.split('.').length === 2 ? `https://app.${wanted}` : `https://${wanted}`;
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


/***/ }),

/***/ 8679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   Hp: () => (/* binding */ parseBase),
/* harmony export */   U6: () => (/* binding */ createJsonSender),
/* harmony export */   US: () => (/* binding */ vendorDetail),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* harmony import */ var _engine_config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1158);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7847);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3012);
/* harmony import */ var _networkError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1216);





// Shared by the Grafana and Datadog channels (and fit for any JSON notice API): one attempt, one
// answer, no retries, since the engine decides about those.
// A notice answer is a line of JSON; anything bigger is a proxy's page, of which the start suffices.
const MAX_BODY_BYTES = 64 * 1024;
// Longest vendor message quoted back in a notice's detail.
const MAX_DETAIL_CHARS = 300;
// A notice makes one or two requests per run: sockets are not kept for a next one that never comes.
const CONNECTIONS = 2;
/**
 * A sender with its own agent. Each request closes its socket after the answer (`reset`), so a
 * channel holds nothing open between its start and end notices and needs no close().
 */
function createJsonSender(options = {}) {
    const agent = (0,_agent_js__WEBPACK_IMPORTED_MODULE_2__/* .createAgent */ .S)({ connections: CONNECTIONS, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    return async (options, redact) => {
        const { url, timeoutMs, signal } = options;
        const deadline = AbortSignal.timeout(timeoutMs);
        try {
            const response = await agent.request({
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method: options.method,
                headers: { ...options.headers, 'content-type': 'application/json', accept: 'application/json' },
                body: JSON.stringify(options.body),
                signal: AbortSignal.any([signal, deadline]),
                headersTimeout: timeoutMs,
                bodyTimeout: timeoutMs,
                reset: true,
            });
            const { text } = await (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .C)(response.body, MAX_BODY_BYTES);
            const headers = lowerCased(response.headers);
            let json;
            try {
                json = JSON.parse(text);
            }
            catch {
                json = undefined;
            }
            const retryAfterMs = parseRetryAfter(headers['retry-after'], Date.now());
            return {
                status: response.statusCode,
                headers,
                text,
                json,
                ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
            };
        }
        catch (error) {
            if (signal.aborted)
                throw _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeError */ .B2.stopped();
            if (deadline.aborted)
                throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeError */ .B2('timeout', `timed out: no answer from ${options.vendor} at ${url.host} within ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}`);
            const { kind, message } = (0,_networkError_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNetworkError */ .g)(error, url.href);
            throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeError */ .B2(kind, redact(`${options.vendor}: ${message}`));
        }
    };
}
/**
 * Retry-After as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"), in
 * milliseconds from `now`; a date already past means "now" (0). Anything else is no advice.
 */
function parseRetryAfter(value, now) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1_000;
    // Date.parse also reads forms like "2015-10-21" or "5": only the HTTP-date shapes count.
    if (!/^[A-Za-z]{3},? /.test(text) && !/^[A-Za-z]+day, /.test(text))
        return undefined;
    // asctime ("Sun Nov  6 08:49:37 1994") names no zone: HTTP dates are all GMT.
    const at = Date.parse(/^[A-Za-z]{3} [A-Za-z]{3} /.test(text) ? `${text} GMT` : text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/** What a vendor said, on one line, trimmed and secret-free: its JSON message, an HTML page's title, or the start of the text. */
function vendorDetail(answer, fromJson, redact) {
    let said = answer.json === undefined ? undefined : fromJson(answer.json);
    if (said === undefined) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(answer.text)?.[1];
        said = title ?? answer.text;
    }
    const line = redact(said).replace(/\s+/g, ' ').trim();
    if (!line)
        return undefined;
    return line.length > MAX_DETAIL_CHARS ? `${line.slice(0, MAX_DETAIL_CHARS - 1)}…` : line;
}
/** A base URL from configuration, without any credentials written into it and without a trailing slash. */
function parseBase(text, input) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // The text itself may hold credentials, so it is not repeated.
        throw new Error(`${input} is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`${input} must be http or https, not ${url.protocol}`);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
}
/** `base` with `path` appended to its own path (a Grafana under /grafana keeps the prefix). */
function joinPath(base, path) {
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
    return url;
}
function lowerCased(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** `4f2a9c1` from a commit URL, for a link's label; `commit` when the URL ends in something else. */
function shortCommit(commitUrl) {
    const last = commitUrl.replace(/\/+$/, '').split('/').pop() ?? '';
    return /^[0-9a-f]{7,40}$/i.test(last) ? last.slice(0, 7) : 'commit';
}


/***/ })

};
