export const id = 303;
export const ids = [303];
export const modules = {

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseEndpoint),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   _B: () => (/* binding */ nameNetworkError),
/* harmony export */   _e: () => (/* binding */ connectTimeout),
/* harmony export */   ce: () => (/* binding */ stopped),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   kn: () => (/* binding */ openSocket),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_config_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4649);
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1158);
/* harmony import */ var _networkError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1216);





function parseEndpoint(raw, schemes, defaultPort) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`not a valid URL (expected ${schemes.map((scheme) => `${scheme}//`).join(' or ')}host:port)`);
    }
    if (!schemes.includes(url.protocol))
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`unsupported scheme ${url.protocol}// (expected ${schemes.map((scheme) => `${scheme}//`).join(' or ')})`);
    // URL keeps the brackets of an IPv6 host; sockets want the bare address.
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host)
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`the URL has no host (expected ${url.protocol}//host:port)`);
    const port = url.port ? Number(url.port) : defaultPort;
    if (port === undefined)
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`the URL has no port (expected ${url.protocol}//host:port)`);
    return { host, port, display: `${url.hostname}:${port}`, url };
}
/**
 * Removes the URL's password (raw and decoded) and the URL itself from text that came from a
 * library or a server. A password shorter than 4 characters is left alone: replacing every "p"
 * would garble the message and protect nothing.
 */
function redact(text, raw) {
    const secrets = new Set([raw]);
    try {
        const { password } = new URL(raw);
        for (const secret of [password, safeDecode(password)])
            if (secret.length >= 4)
                secrets.add(secret);
    }
    catch {
        // not a URL: the raw text is all there is to remove
    }
    let clean = text;
    for (const secret of [...secrets].filter((value) => value.length > 0).sort((a, b) => b.length - a.length))
        clean = clean.split(secret).join('***');
    return clean;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A connection failure, named: refused, DNS, timeout, TLS — with the host:port and never the URL. */
function networkFailure(error, endpoint) {
    return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(redact(nameNetworkError(error, endpoint).message, endpoint.url.href));
}
/** describeNetworkError for a socket: kind `other` when the error is no network failure it knows. */
function nameNetworkError(error, endpoint) {
    // Node's happy-eyeballs connect (localhost: ::1 and 127.0.0.1) fails with an AggregateError whose own code may be absent.
    const first = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
    return (0,_networkError_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNetworkError */ .g)(first, `tcp://${endpoint.display}`);
}
const connectTimeout = (endpoint, timeoutMs) => new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`could not connect to ${endpoint.display} within ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(timeoutMs)}`);
const stopped = (endpoint) => new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`stopped before ${endpoint.display} answered: the step reached its time limit`);
/**
 * One socket to the endpoint, connected (and through the TLS handshake for `tls`), or a
 * DependencyError; the socket is destroyed on every failure, on the deadline and on `signal`.
 */
function openSocket(endpoint, options, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(stopped(endpoint));
            return;
        }
        const socket = options.tls
            ? (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({
                host: endpoint.host,
                port: endpoint.port,
                ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(endpoint.host) ? {} : { servername: endpoint.host }),
            })
            : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: endpoint.host, port: endpoint.port });
        const settle = (error) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            socket.off('error', onError);
            socket.off(options.tls ? 'secureConnect' : 'connect', onConnect);
            if (error) {
                socket.destroy();
                reject(error);
            }
            else {
                // The caller listens from here on; until it does, a late error must not crash the process.
                socket.on('error', () => undefined);
                resolve(socket);
            }
        };
        let accepted = false;
        socket.once('connect', () => (accepted = true));
        const onConnect = () => settle();
        const onError = (error) => settle(networkFailure(error, endpoint));
        const onAbort = () => settle(stopped(endpoint));
        const onTimeout = () => settle(options.tls && accepted
            ? new _engine_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .DependencyError */ .sg(`${endpoint.display} accepted the connection but the TLS handshake did not finish within ${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(options.timeoutMs)}`)
            : connectTimeout(endpoint, options.timeoutMs));
        const timer = setTimeout(onTimeout, options.timeoutMs);
        socket.once(options.tls ? 'secureConnect' : 'connect', onConnect);
        socket.once('error', onError);
        signal.addEventListener('abort', onAbort, { once: true });
    });
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

/***/ 4303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTcpProbe: () => (/* binding */ createTcpProbe)
/* harmony export */ });
/* harmony import */ var _shared_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5493);

/** `tcp://host:port`: passes when a connection opens within the timeout, and closes it at once. */
function createTcpProbe() {
    return {
        async check(target, signal) {
            const endpoint = (0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEndpoint */ .Bk)(target.url, ['tcp:']);
            const socket = await (0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .openSocket */ .kn)(endpoint, { timeoutMs: target.timeoutMs }, signal);
            socket.destroy();
            return { detail: `connected to ${endpoint.display}` };
        },
    };
}


/***/ })

};
