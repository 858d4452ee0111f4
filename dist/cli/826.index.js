export const id = 826;
export const ids = [826];
export const modules = {

/***/ 9826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseTags: () => (/* binding */ baseTags),
/* harmony export */   createGrafanaChannel: () => (/* binding */ createGrafanaChannel),
/* harmony export */   outcomeTags: () => (/* binding */ outcomeTags)
/* harmony export */ });
/* harmony import */ var _engine_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9887);
/* harmony import */ var _engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1958);
/* harmony import */ var _shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8679);



const OUTCOME_TAG = {
    success: 'passed',
    warning: 'warning',
    failure: 'failed',
    cancelled: 'cancelled',
};
const RESULT_WORD = {
    success: 'Passed',
    warning: 'Passed with warnings',
    failure: 'Failed',
    cancelled: 'Cancelled',
};
/**
 * The deploy as a Grafana annotation: a point when the check starts (POST /api/annotations), turned
 * into a region covering the verification when it ends (PATCH /api/annotations/{id}: timeEnd, the
 * whole tag list with the outcome tag, since a PATCH replaces the tags, and the result line). When the
 * start never got an id, the end posts the region whole.
 */
function createGrafanaChannel(options) {
    // Credentials written into the URL are dropped from it (and masked): the token authenticates.
    const api = apiBase((0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBase */ .Hp)(options.url, 'grafana-url'));
    const redact = (0,_engine_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .createRedactor */ .lY)([options.token, ...urlPasswords(options.url)]);
    const headers = { authorization: `Bearer ${options.token}`, 'user-agent': options.userAgent };
    const send = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .createJsonSender */ .U6)({ insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    let annotationId;
    let pendingStart;
    const plan = (notice) => {
        const tags = baseTags(notice, options.tags);
        const text = startText(notice);
        const time = Math.round(notice.startedAt);
        if (notice.event === 'start') {
            return {
                method: 'POST',
                url: (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(api, '/annotations'),
                body: { time, tags, text, ...(options.dashboardUid ? { dashboardUID: options.dashboardUid } : {}) },
            };
        }
        const timeEnd = Math.round(notice.finishedAt ?? Date.now());
        const endTags = [...tags, ...outcomeTags(notice)];
        const endText = `${text}<br>${resultLine(notice)}`;
        if (annotationId !== undefined) {
            return {
                method: 'PATCH',
                url: (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(api, `/annotations/${encodeURIComponent(annotationId)}`),
                body: { time, timeEnd, tags: endTags, text: endText },
            };
        }
        return {
            method: 'POST',
            url: (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(api, '/annotations'),
            body: {
                time,
                timeEnd,
                tags: endTags,
                text: endText,
                ...(options.dashboardUid ? { dashboardUID: options.dashboardUid } : {}),
            },
        };
    };
    const attempt = async (notice, signal) => {
        const { method, url, body } = plan(notice);
        const answer = await send({ method, url, headers, body, timeoutMs: options.timeoutMs, signal, vendor: 'Grafana' }, redact);
        const detail = (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .vendorDetail */ .US)(answer, grafanaMessage, redact);
        if (answer.status < 200 || answer.status >= 300) {
            return {
                status: answer.status,
                ...(detail ? { detail } : {}),
                ...(answer.retryAfterMs === undefined ? {} : { retryAfterMs: answer.retryAfterMs }),
            };
        }
        if (method === 'POST') {
            const id = createdId(answer);
            if (id === undefined)
                return { status: answer.status, unconfirmed: true, detail: `no annotation id${detail ? ` (${detail})` : ''}` };
            annotationId = id;
        }
        // Grafana answers a PATCH with a JSON message; anything else came from something in between.
        if (answer.json === undefined)
            return { status: answer.status, unconfirmed: true, detail: `no JSON answer${detail ? ` (${detail})` : ''}` };
        return {
            status: answer.status,
            ...(detail ? { detail } : {}),
            ...(annotationId === undefined ? {} : { reference: annotationId }),
        };
    };
    return {
        name: 'grafana',
        async send(notice, signal) {
            if (notice.event === 'start') {
                const started = attempt(notice, signal);
                pendingStart = started;
                return started;
            }
            // The start is sent without delaying the checks: an end that overtakes it waits for its id
            // rather than posting a second annotation beside it.
            await pendingStart?.catch(() => undefined);
            return attempt(notice, signal);
        },
        preview(notice) {
            const { method, url, body } = plan(notice);
            return { method, url: url.href, body };
        },
    };
}
/** Always sent, in this order: deploy, service:, env:, version:, then the extra tags; no repeats, no blanks. */
function baseTags(notice, extra) {
    const tags = [
        'deploy',
        `service:${notice.service}`,
        `env:${notice.environment}`,
        ...(notice.version ? [`version:${notice.version}`] : []),
        ...extra.map((tag) => tag.trim()),
    ];
    return [...new Set(tags.filter((tag) => tag !== ''))];
}
/** passed, warning or failed, and rolled-back when the rollback went through. */
function outcomeTags(notice) {
    if (notice.event === 'start')
        return [];
    return [OUTCOME_TAG[notice.event], ...(notice.rollback?.outcome === 'rolled-back' ? ['rolled-back'] : [])];
}
/** Grafana renders annotation text as sanitized HTML: links work, and our values are escaped. */
function startText(notice) {
    const head = `Deploy of <b>${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(notice.service)}</b>${notice.version ? ` ${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(notice.version)}` : ''} to <b>${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(notice.environment)}</b>`;
    const facts = [
        notice.commitUrl ? `commit ${link(notice.commitUrl, (0,_shared_noticeRequest_js__WEBPACK_IMPORTED_MODULE_2__/* .shortCommit */ .Ax)(notice.commitUrl))}` : undefined,
        notice.actor ? `by ${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(notice.actor)}` : undefined,
        notice.runUrl ? link(notice.runUrl, 'workflow run') : undefined,
    ].filter((fact) => fact !== undefined);
    return facts.length ? `${head}<br>${facts.join(' · ')}` : head;
}
/** The one line appended at the end: the outcome, the summary, the rollback, the runbook on a failure. */
function resultLine(notice) {
    if (notice.event === 'start')
        return '';
    const said = notice.summary ?? notice.failures.map((failure) => `${failure.name}: ${failure.detail}`).join('; ');
    const parts = [`<b>${RESULT_WORD[notice.event]}</b>${said ? `: ${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(said)}` : ''}`];
    if (notice.rollback) {
        const revision = notice.rollback.toRevision === undefined ? '' : ` to revision ${notice.rollback.toRevision}`;
        parts.push(notice.rollback.outcome === 'rolled-back'
            ? `rolled back${revision}`
            : `rollback: ${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(notice.rollback.outcome)}`);
    }
    if (notice.event === 'failure' && notice.runbookUrl)
        parts.push(link(notice.runbookUrl, 'runbook'));
    return parts.join(' · ');
}
function link(url, label) {
    return /^https?:\/\//i.test(url) ? `<a href="${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(url)}">${(0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(label)}</a>` : (0,_engine_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(label);
}
/** Grafana's error body is `{ "message": "…" }` (ErrorResponseBody); its success bodies carry one too. */
function grafanaMessage(json) {
    const message = json?.message;
    return typeof message === 'string' ? message : undefined;
}
function createdId(answer) {
    const id = answer.json?.id;
    return typeof id === 'number' && Number.isInteger(id) ? String(id) : undefined;
}
/** Where the annotations API lives; a base copied with /api (or /api/annotations) still means Grafana's root. */
function apiBase(base) {
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, '').replace(/\/api(?:\/annotations)?$/, '')}/api`;
    return url;
}
function urlPasswords(text) {
    let password = '';
    try {
        password = new URL(text).password;
        return password ? [password, decodeURIComponent(password)] : [];
    }
    catch {
        return password ? [password] : [];
    }
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
