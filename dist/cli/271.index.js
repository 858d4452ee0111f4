export const id = 271;
export const ids = [271];
export const modules = {

/***/ 3271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createUndiciProber: () => (/* binding */ createUndiciProber)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);
/* harmony import */ var _engine_config_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4649);
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1158);
/* harmony import */ var _shared_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7847);
/* harmony import */ var _shared_body_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3012);
/* harmony import */ var _shared_deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6564);
/* harmony import */ var _shared_headers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24);
/* harmony import */ var _shared_networkError_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1216);








const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTIONS = 5;
/**
 * HTTP through one pooled undici agent (see createAgent for why a proxy-aware one). Checks marked
 * insecure-skip-tls-verify get an agent of their own, made on first use: a pool shared with verified
 * checks could hand them a connection whose certificate was never checked.
 */
function createUndiciProber(options) {
    const verified = dispatchers((0,_shared_agent_js__WEBPACK_IMPORTED_MODULE_3__/* .createAgent */ .S)({ connections: 128 }));
    let unverified;
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    return {
        async send(req) {
            const limit = (0,_shared_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .deadline */ .n)(req.signal, req.timeoutMs);
            const url = new URL(req.url);
            const headers = (0,_shared_headers_js__WEBPACK_IMPORTED_MODULE_5__/* .withDefaults */ .r)(req.headers, { 'user-agent': options.userAgent, ...(0,_shared_headers_js__WEBPACK_IMPORTED_MODULE_5__/* .basicAuth */ .t)(url) });
            const { agent, redirecting } = req.insecureSkipTlsVerify
                ? (unverified ??= dispatchers((0,_shared_agent_js__WEBPACK_IMPORTED_MODULE_3__/* .createAgent */ .S)({ connections: 128, insecureSkipTlsVerify: true })))
                : verified;
            try {
                const response = await (req.followRedirects ? redirecting : agent).request({
                    origin: url.origin,
                    path: `${url.pathname}${url.search}`,
                    method: req.method,
                    headers,
                    body: req.body,
                    signal: limit.signal,
                    // Every header of a check may be a credential: none may follow a redirect to another origin.
                    ...(req.followRedirects ? { stripHeadersOnCrossOriginRedirect: Object.keys(headers) } : {}),
                    headersTimeout: req.timeoutMs,
                    bodyTimeout: req.timeoutMs,
                });
                const { text, truncated } = await (0,_shared_body_js__WEBPACK_IMPORTED_MODULE_6__/* .readBounded */ .C)(response.body, maxBodyBytes);
                return {
                    status: response.statusCode,
                    headers: flattenHeaders(response.headers),
                    body: text,
                    bodyTruncated: truncated,
                };
            }
            catch (error) {
                if (limit.expired)
                    throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeError */ .B2('timeout', `no complete answer within ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(req.timeoutMs)}`);
                if (req.signal.aborted)
                    throw _engine_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeError */ .B2.stopped();
                const { kind, message } = (0,_shared_networkError_js__WEBPACK_IMPORTED_MODULE_7__/* .describeNetworkError */ .g)(error, req.url);
                throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeError */ .B2(kind, message);
            }
            finally {
                limit.clear();
            }
        },
        close: async () => {
            await Promise.all([verified.agent.close(), unverified?.agent.close()]);
        },
    };
}
function dispatchers(agent) {
    return { agent, redirecting: agent.compose(undici__WEBPACK_IMPORTED_MODULE_0__.interceptors.redirect({ maxRedirections: MAX_REDIRECTIONS })) };
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
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
