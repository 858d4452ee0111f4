export const id = 470;
export const ids = [470];
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

/***/ 470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DATADOG_SITES: () => (/* reexport safe */ _engine_config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_1__.mj),
/* harmony export */   MAX_AGGREGATION_KEY: () => (/* binding */ MAX_AGGREGATION_KEY),
/* harmony export */   MAX_TEXT: () => (/* binding */ MAX_TEXT),
/* harmony export */   createDatadogChannel: () => (/* binding */ createDatadogChannel),
/* harmony export */   datadogApiBase: () => (/* reexport safe */ _site_js__WEBPACK_IMPORTED_MODULE_5__.C),
/* harmony export */   datadogEvent: () => (/* binding */ datadogEvent),
/* harmony export */   datadogTags: () => (/* binding */ datadogTags),
/* harmony export */   fitAggregationKey: () => (/* binding */ fitAggregationKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9343);
/* harmony import */ var _engine_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9887);
/* harmony import */ var _shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8679);
/* harmony import */ var _apiErrors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4932);
/* harmony import */ var _site_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7988);






// The config schema owns the list (the engine may not import providers); it is re-exported here so the
// site-to-host mapping and the input's allowed values cannot drift apart.

// EventCreateRequest limits: text maxLength 4000, aggregation_key maxLength 100.
const MAX_TEXT = 4_000;
const MAX_AGGREGATION_KEY = 100;
// The text opts into markdown with these markers, which count towards the 4000.
const MARKDOWN_OPEN = '%%% \n';
const MARKDOWN_CLOSE = '\n %%%';
const ELLIPSIS = '…';
// "my_apps" is the API's own example for events posted by your own tooling.
const SOURCE_TYPE_NAME = 'my_apps';
const ALERT_TYPE = {
    start: 'info',
    success: 'success',
    warning: 'warning',
    failure: 'error',
    cancelled: 'warning',
};
/**
 * The deploy as Datadog events: `info` when the check starts, `success`, `warning` or `error` when it
 * ends, both under one aggregation key so the event stream groups them. The API answers 202.
 */
function createDatadogChannel(options) {
    const url = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(new URL((0,_site_js__WEBPACK_IMPORTED_MODULE_5__/* .datadogApiBase */ .C)(options.site, options.apiUrl)), '/api/v1/events');
    const redact = (0,_engine_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)([options.apiKey]);
    const headers = { 'dd-api-key': options.apiKey, 'user-agent': options.userAgent };
    const aggregationKey = fitAggregationKey(options.aggregationKey);
    const send = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_3__/* .createJsonSender */ .U6)({ insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    return {
        name: 'datadog',
        async send(notice, signal) {
            const body = datadogEvent(notice, options.tags, aggregationKey);
            const answer = await send({ method: 'POST', url, headers, body, timeoutMs: options.timeoutMs, signal, vendor: 'Datadog' }, redact);
            if (answer.status >= 200 && answer.status < 300) {
                const id = eventId(answer);
                // Datadog answers {"status": "ok", "event": {…}}; anything else came from something in between.
                const accepted = id !== undefined || answer.json?.status === 'ok';
                if (!accepted)
                    return {
                        status: answer.status,
                        unconfirmed: true,
                        detail: `no Datadog event in the answer${answer.text ? ` (${(0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_3__/* .vendorDetail */ .US)(answer, _apiErrors_js__WEBPACK_IMPORTED_MODULE_4__/* .datadogErrors */ .g, redact)})` : ''}`,
                    };
                return { status: answer.status, detail: id ? `event ${id}` : 'event accepted' };
            }
            const detail = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_3__/* .vendorDetail */ .US)(answer, _apiErrors_js__WEBPACK_IMPORTED_MODULE_4__/* .datadogErrors */ .g, redact);
            const retryAfterMs = answer.retryAfterMs ?? rateLimitReset(answer);
            return {
                status: answer.status,
                ...(detail ? { detail } : {}),
                ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
            };
        },
        preview(notice) {
            return { method: 'POST', url: url.href, body: datadogEvent(notice, options.tags, aggregationKey) };
        },
    };
}
/** The event for a notice; `aggregationKey` must already fit (see fitAggregationKey). */
function datadogEvent(notice, extraTags, aggregationKey) {
    const at = notice.event === 'start' ? notice.startedAt : (notice.finishedAt ?? Date.now());
    return {
        title: title(notice),
        text: markdown(notice),
        alert_type: ALERT_TYPE[notice.event],
        aggregation_key: aggregationKey,
        tags: datadogTags(notice, extraTags),
        source_type_name: SOURCE_TYPE_NAME,
        priority: 'normal',
        date_happened: Math.floor(at / 1_000),
    };
}
function datadogTags(notice, extra) {
    const tags = [
        `service:${notice.service}`,
        `env:${notice.environment}`,
        ...(notice.version ? [`version:${notice.version}`] : []),
        ...extra.map((tag) => tag.trim()),
    ];
    return [...new Set(tags.filter((tag) => tag !== ''))];
}
/** A key over 100 characters keeps its start and ends in a hash of the whole, so two long keys stay apart. */
function fitAggregationKey(key) {
    if (key.length <= MAX_AGGREGATION_KEY)
        return key;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 12);
    return `${cut(key, MAX_AGGREGATION_KEY - hash.length - 1)}-${hash}`;
}
function title(notice) {
    const what = `${notice.service}${notice.version ? ` ${notice.version}` : ''} on ${notice.environment}`;
    switch (notice.event) {
        case 'start':
            return `Deploy check started: ${what}`;
        case 'success':
            return `Deploy check passed: ${what}`;
        case 'warning':
            return `Deploy check passed with warnings: ${what}`;
        case 'failure':
            return notice.rollback?.outcome === 'rolled-back'
                ? `Deploy check failed, rolled back: ${what}`
                : `Deploy check failed: ${what}`;
        case 'cancelled':
            return `Deploy check cancelled: ${what}`;
    }
}
/**
 * Markdown within Datadog's 4000 characters, markers included: the facts and links always; failing
 * checks while they fit, then "… and N more"; as a last resort the text is cut and ends in "…".
 */
function markdown(notice) {
    const budget = MAX_TEXT - MARKDOWN_OPEN.length - MARKDOWN_CLOSE.length;
    const head = [`**${notice.service}**${notice.version ? ` ${notice.version}` : ''} → **${notice.environment}**`];
    const facts = [
        notice.commitUrl ? `Commit: ${mdLink((0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_3__/* .shortCommit */ .Ax)(notice.commitUrl), notice.commitUrl)}` : undefined,
        notice.actor ? `Actor: ${plain(notice.actor)}` : undefined,
        notice.runUrl ? mdLink('Workflow run', notice.runUrl) : undefined,
    ].filter((fact) => fact !== undefined);
    if (facts.length)
        head.push(facts.join(' · '));
    if (notice.summary)
        head.push('', `Result: ${plain(notice.summary)}`);
    const tail = [];
    if (notice.rollback) {
        const revision = notice.rollback.toRevision === undefined ? '' : ` (revision ${notice.rollback.toRevision})`;
        tail.push('', `Rollback: ${notice.rollback.outcome}${revision}: ${plain(notice.rollback.message)}`);
        if (notice.rollback.gitOps)
            tail.push(`Managed from Git by ${notice.rollback.gitOps}`);
    }
    const links = [
        notice.event === 'failure' && notice.runbookUrl ? mdLink('Runbook', notice.runbookUrl) : undefined,
        notice.dashboardUrl ? mdLink('Dashboard', notice.dashboardUrl) : undefined,
    ].filter((item) => item !== undefined);
    if (links.length)
        tail.push('', links.join(' · '));
    const fixed = [...head, ...tail].join('\n').length;
    const failures = notice.failures.map((failure) => `- **${plain(failure.name)}**: ${plain(failure.detail)}`);
    const shown = [];
    if (failures.length) {
        // The heading, a blank line before it and a newline per line shown.
        let used = fixed + '\n\nFailing:'.length;
        for (const [index, line] of failures.entries()) {
            const rest = failures.length - index - 1;
            const more = rest ? `\n- ${ELLIPSIS} and ${rest} more`.length : 0;
            if (used + 1 + line.length + more > budget)
                break;
            shown.push(line);
            used += 1 + line.length;
        }
        if (shown.length < failures.length)
            shown.push(`- ${ELLIPSIS} and ${failures.length - shown.length} more`);
    }
    const body = [...head, ...(shown.length ? ['', 'Failing:', ...shown] : []), ...tail].join('\n');
    const inner = body.length > budget ? `${cut(body, budget - ELLIPSIS.length)}${ELLIPSIS}` : body;
    return `${MARKDOWN_OPEN}${inner}${MARKDOWN_CLOSE}`;
}
function mdLink(label, url) {
    return /^https?:\/\//i.test(url) ? `[${label}](${url.replace(/\)/g, '%29')})` : label;
}
/** The first `max` UTF-16 units, never ending in half a surrogate pair. */
function cut(text, max) {
    const head = text.slice(0, Math.max(0, max));
    return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}
function eventId(answer) {
    const event = answer.json?.event;
    if (typeof event?.id_str === 'string')
        return event.id_str;
    return typeof event?.id === 'number' ? String(event.id) : undefined;
}
/** On a 429, the wait (ms) Datadog's X-RateLimit-Reset says is left until the limit resets. */
function rateLimitReset(answer) {
    return answer.status === 429 ? (0,_apiErrors_js__WEBPACK_IMPORTED_MODULE_4__/* .rateLimitOf */ .t)(answer.headers).resetMs : undefined;
}
/** Text from the network as literal markdown: it must not become a link, an image or a heading in the event. */
function plain(text) {
    return text.replace(/[\\`*_[\]()!#]/g, (char) => `\\${char}`);
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
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);

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
