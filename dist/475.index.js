export const id = 475;
export const ids = [475];
export const modules = {

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRedisProbe: () => (/* binding */ createRedisProbe)
});

// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/providers/shared/endpoint.ts
var shared_endpoint = __webpack_require__(5493);
;// CONCATENATED MODULE: ./src/providers/redis/resp.ts
function encodeCommand(words) {
    const parts = [`*${words.length}\r\n`];
    for (const word of words)
        parts.push(`$${Buffer.byteLength(word)}\r\n${word}\r\n`);
    return Buffer.from(parts.join(''));
}
/** A reply that does not follow RESP: the peer is not a Redis server (or speaks TLS where we don't). */
class ProtocolError extends Error {
}
/** The first complete reply in `buffer` and where it ends, or undefined while more bytes are needed. */
function parseReply(buffer, start = 0) {
    if (buffer.length <= start)
        return undefined;
    const kind = String.fromCharCode(buffer[start]);
    // Judged on the first byte: a peer that is not Redis may never send the line end RESP waits for.
    if (!REPLY_KINDS.includes(kind))
        throw new ProtocolError(`not a Redis reply (starts with ${JSON.stringify(buffer.toString('latin1', start, Math.min(start + 16, buffer.length)))})`);
    const lineEnd = buffer.indexOf('\r\n', start);
    if (lineEnd < 0)
        return undefined;
    const line = buffer.toString('utf8', start + 1, lineEnd);
    const next = lineEnd + 2;
    switch (kind) {
        case '+':
            return { reply: { type: 'simple', value: line }, end: next };
        case '-':
            return { reply: { type: 'error', value: line }, end: next };
        case ':':
            return { reply: { type: 'integer', value: Number(line) }, end: next };
        case '$': {
            const length = count(line);
            if (length < 0)
                return { reply: { type: 'bulk', value: null }, end: next };
            if (buffer.length < next + length + 2)
                return undefined;
            return { reply: { type: 'bulk', value: buffer.subarray(next, next + length) }, end: next + length + 2 };
        }
        default: {
            // '*', the one kind left after the first-byte check.
            const length = count(line);
            if (length < 0)
                return { reply: { type: 'array', value: null }, end: next };
            const items = [];
            let position = next;
            for (let index = 0; index < length; index++) {
                const item = parseReply(buffer, position);
                if (!item)
                    return undefined;
                items.push(item.reply);
                position = item.end;
            }
            return { reply: { type: 'array', value: items }, end: position };
        }
    }
}
const REPLY_KINDS = '+-:$*';
function count(text) {
    if (!/^-?\d+$/.test(text))
        throw new ProtocolError(`not a Redis reply (bad length ${JSON.stringify(text.slice(0, 16))})`);
    return Number(text);
}
/** A reply as a report line shows it: bulk contents are never printed (a value may be a secret). */
function describeReply(reply) {
    switch (reply.type) {
        case 'simple':
            return reply.value.length > 80 ? `${reply.value.slice(0, 80)}…` : reply.value;
        case 'error':
            return `error ${reply.value}`;
        case 'integer':
            return `(integer) ${reply.value}`;
        case 'bulk':
            return reply.value === null ? '(nil)' : `(${reply.value.length} bytes)`;
        case 'array':
            return reply.value === null ? '(nil)' : `(${reply.value.length} items)`;
    }
}

;// CONCATENATED MODULE: ./src/providers/redis/redisProbe.ts




const DEFAULT_PORT = 6379;
/** PONG is 7 bytes; a reply past this is not a health check's. */
const MAX_REPLY_BYTES = 1024 * 1024;
/**
 * Redis over a single socket speaking RESP directly (node:net, node:tls for rediss://): AUTH when
 * the URL has a password (user and password for an ACL user), SELECT when it names a database,
 * then the command (default PING, which must answer PONG). Measured against the clients (ncc
 * bundle, node start-up): ioredis adds ~450 KB and ~30 ms, node-redis ~1.6 MB and ~110 ms, for
 * connection pools, reconnects and command tables that one round trip never uses; this probe
 * bundles to ~19 KB with what it imports from the engine, and starts no slower than an empty entry.
 */
function createRedisProbe() {
    return { check: (target, signal) => checkRedis(target, signal) };
}
async function checkRedis(target, signal) {
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(target.url, ['redis:', 'rediss:'], DEFAULT_PORT);
    const words = (target.statement ?? 'PING').trim().split(/\s+/).filter(Boolean);
    if (words.length === 0)
        throw new ports/* DependencyError */.sg('the Redis command is empty');
    const steps = handshake(endpoint);
    const deadline = AbortSignal.timeout(target.timeoutMs);
    const socket = await (0,shared_endpoint/* openSocket */.kn)(endpoint, { tls: endpoint.url.protocol === 'rediss:', timeoutMs: target.timeoutMs }, signal);
    const conversation = new Conversation(socket, endpoint, AbortSignal.any([signal, deadline]), () => (signal.aborted ? (0,shared_endpoint/* stopped */.ce)(endpoint) : undefined), target.timeoutMs);
    try {
        for (const step of steps) {
            const reply = await conversation.ask(step.words, step.name);
            if (reply.type !== 'simple' || reply.value !== 'OK')
                throw failed(step.name, endpoint, reply, target.url);
        }
        const name = words[0].toUpperCase();
        const reply = await conversation.ask(words, name);
        if (reply.type === 'error')
            throw failed(name, endpoint, reply, target.url);
        if (name === 'PING' && words.length === 1 && (reply.type !== 'simple' || reply.value !== 'PONG')) {
            throw new ports/* DependencyError */.sg((0,shared_endpoint/* redact */.E$)(`PING on ${endpoint.display} answered ${describeReply(reply)}, not PONG`, target.url));
        }
        return { detail: (0,shared_endpoint/* redact */.E$)(`${name} -> ${describeReply(reply)}`, target.url) };
    }
    finally {
        conversation.close();
    }
}
/** AUTH and SELECT as the URL asks: redis://[[user]:password@]host[:port][/db]. */
function handshake(endpoint) {
    const steps = [];
    const password = (0,shared_endpoint/* safeDecode */.ex)(endpoint.url.password);
    const user = (0,shared_endpoint/* safeDecode */.ex)(endpoint.url.username);
    if (password)
        steps.push({ name: 'AUTH', words: user ? ['AUTH', user, password] : ['AUTH', password] });
    const db = endpoint.url.pathname.replace(/^\//, '');
    if (db !== '') {
        if (!/^\d+$/.test(db))
            throw new ports/* DependencyError */.sg(`the database in a Redis URL is a number (redis://host:port/0), not ${JSON.stringify((0,shared_endpoint/* safeDecode */.ex)(db).slice(0, 40))}`);
        if (Number(db) !== 0)
            steps.push({ name: `SELECT ${Number(db)}`, words: ['SELECT', String(Number(db))] });
    }
    return steps;
}
function failed(step, endpoint, reply, url) {
    const said = reply.type === 'error' ? reply.value : `answered ${describeReply(reply)}`;
    return new ports/* DependencyError */.sg((0,shared_endpoint/* redact */.E$)(`${step} on ${endpoint.display} failed: ${said}`, url));
}
/** One request, one reply at a time, over the socket; every wait ends with the stop signal. */
class Conversation {
    socket;
    endpoint;
    stop;
    whyStopped;
    timeoutMs;
    buffer = Buffer.alloc(0);
    pending;
    ended;
    constructor(socket, endpoint, stop, whyStopped, timeoutMs) {
        this.socket = socket;
        this.endpoint = endpoint;
        this.stop = stop;
        this.whyStopped = whyStopped;
        this.timeoutMs = timeoutMs;
        socket.on('data', (chunk) => {
            this.buffer = Buffer.concat([this.buffer, chunk]);
            // A bulk reply announces its length and would be held whole until it arrived: a health check stops reading first.
            if (this.buffer.length > MAX_REPLY_BYTES) {
                this.fail(new ports/* DependencyError */.sg(`${endpoint.display} sent more than 1 MiB in reply${this.pending ? ` to ${this.pending.step}` : ''}, more than a health check needs: the check stopped reading`));
                return;
            }
            this.deliver();
        });
        socket.on('error', (error) => this.fail((0,shared_endpoint/* networkFailure */.rd)(error, endpoint)));
        socket.on('close', () => this.fail(new ports/* DependencyError */.sg(`${endpoint.display} closed the connection before answering${this.pending ? ` ${this.pending.step}` : ''}`)));
        stop.addEventListener('abort', this.onStop, { once: true });
    }
    ask(words, step) {
        if (this.ended)
            return Promise.reject(this.ended);
        return new Promise((resolve, reject) => {
            this.pending = { resolve, reject, step };
            this.socket.write(encodeCommand(words));
            this.deliver();
        });
    }
    close() {
        this.stop.removeEventListener('abort', this.onStop);
        this.socket.destroy();
    }
    onStop = () => {
        const step = this.pending?.step ?? 'the command';
        this.fail(this.whyStopped() ??
            new ports/* DependencyError */.sg(`${this.endpoint.display} accepted the connection but did not answer ${step} within ${(0,duration/* formatDuration */.a3)(this.timeoutMs)}`));
    };
    deliver() {
        if (!this.pending || this.buffer.length === 0)
            return;
        let parsed;
        try {
            parsed = parseReply(this.buffer);
        }
        catch (error) {
            this.fail(new ports/* DependencyError */.sg(`${this.endpoint.display} is not speaking Redis: ${error.message}`));
            return;
        }
        if (!parsed)
            return;
        this.buffer = this.buffer.subarray(parsed.end);
        const { resolve } = this.pending;
        this.pending = undefined;
        resolve(parsed.reply);
    }
    fail(error) {
        this.ended ??= error;
        const pending = this.pending;
        this.pending = undefined;
        pending?.reject(this.ended);
        this.socket.destroy();
    }
}


/***/ }),

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


/***/ })

};
