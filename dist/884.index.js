export const id = 884;
export const ids = [884];
export const modules = {

/***/ 4884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createUndiciProber: () => (/* binding */ createUndiciProber)
});

// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(6424);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(3137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/interceptor/redirect.js
var redirect = __webpack_require__(1514);
var redirect_default = /*#__PURE__*/__webpack_require__.n(redirect);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/http.ts
var http = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
;// CONCATENATED MODULE: ./src/providers/http/networkError.ts

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;
/** Turns undici's and Node's error chains into what failed, not a bare "fetch failed". */
function describeNetworkError(error, url) {
    const { host, hostname } = (0,http/* urlParts */.A)(url);
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
        if (TLS_CODES.test(code))
            return { kind: 'tls', message: `TLS error with ${host}: ${current.message} (${code})` };
        if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
            return { kind: 'refused', message: `${host} is unreachable (${code})` };
    }
    const message = error?.message ?? String(error);
    return { kind: 'other', message: `request to ${host} failed: ${message}` };
}

;// CONCATENATED MODULE: ./src/providers/http/undiciProber.ts







const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTIONS = 5;
/**
 * HTTP through one pooled undici agent. EnvHttpProxyAgent honours HTTPS_PROXY / NO_PROXY, which
 * self-hosted runners behind a proxy rely on; without them it behaves as a plain Agent.
 */
function createUndiciProber(options) {
    const agent = new (env_http_proxy_agent_default())({ keepAliveTimeout: 4_000, connections: 128 });
    const redirecting = agent.compose(redirect_default()({ maxRedirections: MAX_REDIRECTIONS }));
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    return {
        async send(req) {
            const deadline = AbortSignal.timeout(req.timeoutMs);
            const signal = AbortSignal.any([req.signal, deadline]);
            const url = new URL(req.url);
            const headers = withDefaults(req.headers, { 'user-agent': options.userAgent, ...basicAuth(url) });
            try {
                const response = await api_request_default().call(req.followRedirects ? redirecting : agent, {
                    origin: url.origin,
                    path: `${url.pathname}${url.search}`,
                    method: req.method,
                    headers,
                    body: req.body,
                    signal,
                    // Every header of a check may be a credential: none may follow a redirect to another origin.
                    ...(req.followRedirects ? { stripHeadersOnCrossOriginRedirect: Object.keys(headers) } : {}),
                    headersTimeout: req.timeoutMs,
                    bodyTimeout: req.timeoutMs,
                });
                const { text, truncated } = await readBounded(response.body, maxBodyBytes);
                return { status: response.statusCode, headers: flattenHeaders(response.headers), body: text, bodyTruncated: truncated };
            }
            catch (error) {
                if (deadline.aborted)
                    throw new ports/* ProbeError */.B('timeout', `no complete answer within ${(0,duration/* formatDuration */.a3)(req.timeoutMs)}`);
                if (req.signal.aborted)
                    throw ports/* ProbeError */.B.stopped();
                const { kind, message } = describeNetworkError(error, req.url);
                throw new ports/* ProbeError */.B(kind, message);
            }
        },
        close: () => agent.close(),
    };
}
/** Adds each default the check did not set itself; header names compare case-insensitively. */
function withDefaults(headers, defaults) {
    return { ...Object.fromEntries(Object.entries(defaults).filter(([name]) => !(0,http/* hasHeader */.o)(headers, name))), ...headers };
}
/** Credentials written into a URL (https://user:pass@host) become the Basic header they stand for. */
function basicAuth(url) {
    if (!url.username && !url.password)
        return {};
    const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}
async function readBounded(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const room = limit - size;
        if (chunk.length >= room) {
            chunks.push(chunk.subarray(0, room));
            body.destroy();
            return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
        }
        chunks.push(chunk);
        size += chunk.length;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}


/***/ })

};
