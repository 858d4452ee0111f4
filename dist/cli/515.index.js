export const id = 515;
export const ids = [515];
export const modules = {

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
    return new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({ keepAliveTimeout: 4_000, connections: options.connections, ...unverified });
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


/***/ }),

/***/ 1515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSlackChannel: () => (/* binding */ createSlackChannel),
  webhookSecrets: () => (/* binding */ webhookSecrets)
});

// EXTERNAL MODULE: ./node_modules/@slack/webhook/dist/index.js
var dist = __webpack_require__(4443);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/engine/secrets.ts
var secrets = __webpack_require__(9887);
// EXTERNAL MODULE: ./src/providers/shared/agent.ts
var shared_agent = __webpack_require__(7847);
// EXTERNAL MODULE: ./src/providers/shared/networkError.ts
var networkError = __webpack_require__(1216);
;// CONCATENATED MODULE: ./src/providers/slack/slackBlocks.ts

/** Block Kit's limits for a message, as Slack's Block Kit reference gives them. */
const SLACK_LIMITS = {
    blocks: 50,
    /** section.text and any other text object */
    text: 3000,
    fields: 10,
    fieldText: 2000,
    header: 150,
    contextElements: 10,
    /** The top-level fallback text; Slack truncates at 40 000, we stay far below. */
    fallbackText: 3000,
};
/** How many failing checks are listed before "… and N more", and how long each part may be. */
const LISTED_FAILURES = 20;
const FAILURE_NAME_CHARS = 150;
const FAILURE_DETAIL_CHARS = 500;
const SUMMARY_CHARS = 1500;
const ROLLBACK_MESSAGE_CHARS = 1500;
const LINK_LABEL_CHARS = 100;
/** A link longer than this is shown as its label only: it would crowd out the text around it. */
const LINK_URL_CHARS = 800;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Text from the network rendered as text: `&`, `<` and `>` escaped, so `<!channel>`, `<@U1>` or `<https://x|y>` in
 * a check's detail cannot ping anyone or forge a link; bare @channel/@here/@everyone broken with a zero-width space.
 */
function escapeSlack(text) {
    return neutralizeBareMentions(text).replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}
function neutralizeBareMentions(text) {
    return text.replace(/@(channel|here|everyone)\b/gi, '@\u200B$1');
}
/**
 * At most `max` characters after escaping, ending in "…" when cut. Cuts between code points and never inside an
 * escape such as `&amp;`.
 */
function fitEscaped(raw, max) {
    return fit(Array.from(neutralizeBareMentions(raw), (char) => ESCAPES[char] ?? char), max);
}
/** At most `max` characters, unescaped (plain_text, our own markup), ending in "…" when cut. */
function fitPlain(raw, max) {
    return fit(Array.from(raw), max);
}
function fit(pieces, max) {
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    if (total <= max)
        return pieces.join('');
    let out = '';
    for (const piece of pieces) {
        if (out.length + piece.length > max - 1)
            break;
        out += piece;
    }
    return `${out}…`;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** `<url|label>` for an http(s) URL; the escaped label alone for anything else. */
function slackLink(url, label) {
    const text = fitEscaped(oneLine(label), LINK_LABEL_CHARS);
    if (!url)
        return text;
    let href;
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            return text;
        href = parsed.href;
    }
    catch {
        return text;
    }
    // Inside <…|…> a `|` or `>` would end the URL early; `&` must be escaped like everywhere in mrkdwn.
    href = href.replace(/[|<>]/g, (char) => encodeURIComponent(char)).replace(/&/g, '&amp;');
    if (href.length > LINK_URL_CHARS)
        return text;
    return `<${href}|${text}>`;
}
const mrkdwn = (text) => ({ type: 'mrkdwn', text, verbatim: true });
function tone(notice) {
    const rollback = notice.rollback?.outcome;
    switch (notice.event) {
        case 'start':
            return { emoji: ':rocket:', title: 'Deploying' };
        case 'success':
            return { emoji: ':white_check_mark:', title: 'Passed' };
        case 'warning':
            return { emoji: ':warning:', title: 'Passed with warnings' };
        case 'failure':
            if (rollback === 'rolled-back')
                return { emoji: ':leftwards_arrow_with_hook:', title: 'Failed, rolled back' };
            if (rollback === 'failed')
                return { emoji: ':rotating_light:', title: 'Failed, ROLLBACK FAILED' };
            return { emoji: ':x:', title: 'Failed' };
        case 'cancelled':
            return { emoji: ':black_square_for_stop:', title: 'Cancelled' };
    }
}
function headline(notice, { emoji, title }) {
    const where = `${oneLine(notice.service)} to ${oneLine(notice.environment)}`;
    return notice.event === 'start'
        ? `${emoji} ${title} ${where}`
        : `${emoji} ${title}: ${oneLine(notice.service)} in ${oneLine(notice.environment)}`;
}
const DEFAULT_LINE = {
    start: 'Post-deploy checks started.',
    success: 'All post-deploy checks passed.',
    warning: 'Post-deploy checks passed with warnings.',
    failure: 'Post-deploy checks failed.',
    cancelled: 'Post-deploy checks were cancelled before a verdict.',
};
const VERDICT_PREFIX = /^(?:passed|warning|failed|cancelled): /;
/**
 * The run's summary line without what the header already says: it opens "failed: shop-api 4f2a9c1 in production — ",
 * so "Failed: shop-api in production" would be followed by "failed: shop-api … in production" again.
 */
function summaryBody(summary, notice) {
    const line = oneLine(summary);
    const verdict = VERDICT_PREFIX.exec(line);
    if (!verdict)
        return line;
    const rest = line.slice(verdict[0].length);
    // The subject: the service, the short version when there is one, and the environment.
    const subject = new RegExp(`^${literal(oneLine(notice.service))}(?: \\S+)? in ${literal(oneLine(notice.environment))}(?: — |$)`);
    return rest.replace(subject, '');
}
function literal(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// No Result field: the header already says the verdict, and each fact is said once.
function fields(notice) {
    const out = [];
    const version = notice.version
        ? slackLink(notice.commitUrl, notice.version)
        : notice.commitUrl
            ? slackLink(notice.commitUrl, 'commit')
            : undefined;
    if (version)
        out.push(`*Version*\n${version}`);
    if (notice.actor)
        out.push(`*Actor*\n${fitEscaped(oneLine(notice.actor), 200)}`);
    if (notice.finishedAt !== undefined)
        out.push(`*Duration*\n${(0,duration/* formatDuration */.a3)(Math.max(0, notice.finishedAt - notice.startedAt))}`);
    else
        out.push(`*Started*\n${slackDate(notice.startedAt)}`);
    if (notice.repository)
        out.push(`*Repository*\n${fitEscaped(oneLine(notice.repository), 200)}`);
    return out.slice(0, SLACK_LIMITS.fields).map((text) => mrkdwn(fitPlain(text, SLACK_LIMITS.fieldText)));
}
/** Slack renders `<!date^…>` in each reader's time zone; the ISO text is the fallback. */
function slackDate(epochMs) {
    if (!Number.isFinite(epochMs))
        return 'unknown';
    return `<!date^${Math.floor(epochMs / 1000)}^{date_short_pretty} {time_secs}|${new Date(epochMs).toISOString()}>`;
}
/** Lines packed into as few sections as the per-text limit allows. */
function packLines(lines) {
    const blocks = [];
    let current = '';
    for (const line of lines) {
        const piece = fitPlain(line, SLACK_LIMITS.text);
        if (current && current.length + 1 + piece.length > SLACK_LIMITS.text) {
            blocks.push({ type: 'section', text: mrkdwn(current) });
            current = '';
        }
        current = current ? `${current}\n${piece}` : piece;
    }
    if (current)
        blocks.push({ type: 'section', text: mrkdwn(current) });
    return blocks;
}
function failureBlocks(notice) {
    if (notice.event === 'start' || notice.event === 'success' || notice.failures.length === 0)
        return [];
    const count = notice.failures.length;
    const title = notice.event === 'warning' ? `*Warnings* (${count})` : `*Failing checks and gates* (${count})`;
    const listed = notice.failures.slice(0, LISTED_FAILURES).map(({ name, detail }) => {
        const line = `• *${fitEscaped(oneLine(name), FAILURE_NAME_CHARS)}*`;
        return detail ? `${line}: ${fitEscaped(oneLine(detail), FAILURE_DETAIL_CHARS)}` : line;
    });
    const rest = count - listed.length;
    return packLines([title, ...listed, ...(rest > 0 ? [`… and ${rest} more`] : [])]);
}
const ROLLBACK_LABEL = {
    'rolled-back': ':leftwards_arrow_with_hook: rolled back',
    failed: ':rotating_light: *ROLLBACK FAILED*',
    'not-rolled-back': 'not rolled back',
    manual: 'manual: waiting for approval',
    off: 'off: nothing was undone',
    'dry-run': 'dry run: nothing was undone',
};
function rollbackBlocks(notice) {
    const rollback = notice.rollback;
    if (notice.event !== 'failure' || !rollback)
        return [];
    const label = ROLLBACK_LABEL[rollback.outcome] ?? fitEscaped(oneLine(rollback.outcome), 100);
    const revision = rollback.toRevision !== undefined ? ` to revision ${rollback.toRevision}` : '';
    const lines = [`*Rollback:* ${label}${revision}`];
    if (rollback.message)
        lines.push(fitEscaped(rollback.message.trim(), ROLLBACK_MESSAGE_CHARS));
    if (rollback.gitOps) {
        lines.push(`:warning: *${fitEscaped(oneLine(rollback.gitOps), 100)} manages this release.* The undo restores service now, but the controller may re-apply the bad revision at its next sync. The lasting fix: revert the change in Git.`);
    }
    return [{ type: 'section', text: mrkdwn(fitPlain(lines.join('\n'), SLACK_LIMITS.text)) }];
}
function linkBlocks(notice, options) {
    const links = [];
    if (notice.runUrl)
        links.push(slackLink(notice.runUrl, 'Workflow run'));
    if (notice.event === 'failure' && notice.runbookUrl)
        links.push(slackLink(notice.runbookUrl, 'Runbook'));
    const dashboard = options.grafanaDashboardUrl ?? notice.dashboardUrl;
    if (dashboard)
        links.push(slackLink(dashboard, 'Grafana dashboard'));
    if (links.length === 0)
        return [];
    return [{ type: 'context', elements: [mrkdwn(fitPlain(links.join('  ·  '), SLACK_LIMITS.text))] }];
}
/** The Block Kit message for one notice, inside Block Kit's limits whatever the notice holds. */
function slackMessage(notice, options = {}) {
    const mood = tone(notice);
    const mention = notice.event === 'failure' && options.mention?.trim() ? `${options.mention.trim()} ` : '';
    const header = headline(notice, mood);
    const body = notice.summary ? summaryBody(notice.summary, notice) : '';
    const line = body ? fitEscaped(body, SUMMARY_CHARS) : DEFAULT_LINE[notice.event];
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: fitPlain(header, SLACK_LIMITS.header), emoji: true } },
        { type: 'section', text: mrkdwn(fitPlain(`${mention}${line}`, SLACK_LIMITS.text)) },
        { type: 'section', fields: fields(notice) },
        ...failureBlocks(notice),
        ...rollbackBlocks(notice),
        ...linkBlocks(notice, options),
    ];
    return {
        text: fitPlain(`${mention}${fitEscaped(header, SLACK_LIMITS.header)}: ${line}`, SLACK_LIMITS.fallbackText),
        blocks: capBlocks(blocks),
    };
}
/** A guard: never more than Slack's 50 blocks, the last one saying how many were left out. */
function capBlocks(blocks) {
    if (blocks.length <= SLACK_LIMITS.blocks)
        return blocks;
    const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
    return [...kept, { type: 'section', text: mrkdwn(`… and ${blocks.length - kept.length} more`) }];
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./src/providers/shared/body.ts
var body = __webpack_require__(3012);
;// CONCATENATED MODULE: ./src/providers/slack/slackFetch.ts


// Slack answers "ok" or an error word; more is a proxy's page, of which the start suffices.
const MAX_BODY_BYTES = 64 * 1024;
/**
 * @slack/webhook 8 sends through the `fetch` it is given and takes no agent or dispatcher: undici's fetch
 * on our agent brings its proxy and TLS choice, which Node's global fetch would ignore. The run's signal
 * joins the SDK's timeout signal, so a stopped run stops the request too.
 */
function slackExchange(agent, signal) {
    const exchange = {
        fetch: async (target, init) => {
            const response = await (0,undici/* fetch */.hd)(target, {
                method: init?.method,
                // Closes the socket after the answer, as the other notices do: nothing is left open between the
                // start and end notices and the channel needs no close().
                headers: { ...init?.headers, connection: 'close' },
                // IncomingWebhook sends JSON text; FormData is in the shared type for another of the SDK's clients.
                body: typeof init?.body === 'string' ? init.body : undefined,
                // The SDK asks for 'error', which turns a 3xx into a bare "fetch failed"; 'manual' hands the 3xx
                // back, so the SDK reports it with its status. Neither follows it: the webhook stays on its host.
                redirect: 'manual',
                signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
                dispatcher: agent,
            }).catch(failed);
            exchange.answer = { status: response.status, retryAfter: response.headers.get('retry-after') };
            // The SDK reads the answer with text() alone, on success and on an HTTP error: that read is bounded.
            const bounded = async () => (response.body ? (await (0,body/* readBounded */.C)(response.body, MAX_BODY_BYTES)).text : '');
            return Object.assign(response, { text: () => bounded().catch(failed) });
        },
    };
    const failed = (error) => {
        exchange.error = unwrapped(error);
        throw error;
    };
    return exchange;
}
/**
 * fetch reports a transport failure as a TypeError ("fetch failed", or "terminated" while reading the
 * body) whose cause is undici's own error, the one request() throws: messages are built from that.
 * Duck-typed: in tests the error may come from another realm.
 */
function unwrapped(error) {
    const { name, cause } = (error ?? {});
    return name === 'TypeError' && cause !== undefined ? cause : error;
}

// EXTERNAL MODULE: ./src/providers/shared/noticeRequest.ts
var noticeRequest = __webpack_require__(8679);
;// CONCATENATED MODULE: ./src/providers/slack/slackChannel.ts









// Slack's plain-text error bodies, as its incoming-webhook documentation lists them, in terms a person can act on.
const SLACK_ERRORS = {
    invalid_payload: 'Slack could not read the message (malformed JSON or blocks)',
    invalid_blocks: 'Slack rejected the message blocks',
    invalid_blocks_format: 'Slack rejected the message blocks',
    no_text: 'the message had no text',
    user_not_found: 'a user in the message does not exist',
    action_prohibited: 'a workspace admin restricts posting through this webhook',
    channel_not_found: "the webhook's channel no longer exists: create a new webhook",
    channel_is_archived: "the webhook's channel is archived: unarchive it or create a new webhook",
    no_service: 'the webhook was revoked or its app removed: create a new webhook URL',
    no_team: 'the Slack workspace was not found or was deleted',
    invalid_token: 'the webhook token is invalid or revoked: create a new webhook URL',
    team_disabled: 'the Slack workspace is disabled',
    posting_to_general_channel_denied: 'only admins may post to this channel',
    rollup_error: 'Slack failed on its side',
};
const DETAIL_CHARS = 300;
/** The whole webhook URL and its path (the credential on its own), for masking before anything is printed. */
function webhookSecrets(url) {
    const found = new Set();
    const trimmed = url.trim();
    if (trimmed)
        found.add(trimmed);
    try {
        const parsed = new URL(trimmed);
        found.add(parsed.href);
        if (parsed.pathname.length > 1)
            found.add(parsed.pathname);
    }
    catch {
        // Not a URL: the text as a whole is all there is to mask.
    }
    return [...found];
}
/** `https://hooks.slack.com/services/***`: the host, never the path that authenticates. */
function maskedUrl(url) {
    return url.pathname.startsWith('/services/') ? `${url.origin}/services/***` : `${url.origin}/***`;
}
/**
 * Slack messages through an incoming webhook: one attempt per `send`. The engine decides about
 * retries, and which events reach Slack at all (slack-notify-on, in its notices plan).
 */
function createSlackChannel(options) {
    const url = parseWebhookUrl(options.webhookUrl);
    const redact = (0,secrets/* createRedactor */.lY)(webhookSecrets(options.webhookUrl));
    const shown = maskedUrl(url);
    const message = (notice) => slackMessage(notice, { mention: options.mention });
    // The agent every other provider uses: it honours HTTPS_PROXY / NO_PROXY and the TLS choice.
    const agent = (0,shared_agent/* createAgent */.S)({ connections: 1, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    return {
        name: 'slack',
        preview(notice) {
            return { method: 'POST', url: shown, body: message(notice) };
        },
        async send(notice, signal) {
            if (signal.aborted)
                throw ports/* ProbeError */.B2.stopped();
            const exchange = slackExchange(agent, signal);
            // retries: 0 (the SDK's default, said out loud): one attempt per send.
            const webhook = new dist.IncomingWebhook(url.href, {
                fetch: exchange.fetch,
                timeout: options.timeoutMs,
                retryConfig: { retries: 0 },
            });
            try {
                const result = await webhook.send(message(notice));
                const said = bodyDetail(result.text, redact);
                // Slack's webhook answers exactly "ok"; anything else came from something in between.
                if (said !== 'ok')
                    return { status: exchange.answer?.status ?? 200, unconfirmed: true, detail: said || 'an empty answer' };
                return { status: exchange.answer?.status ?? 200, detail: said };
            }
            catch (error) {
                if (isHttpError(error))
                    return httpAttempt(error, exchange.answer?.retryAfter ?? null, redact);
                throw noAnswer(exchange.error ?? error.original ?? error, {
                    signal,
                    url,
                    timeoutMs: options.timeoutMs,
                    redact,
                    gotHeaders: exchange.answer !== undefined,
                });
            }
        },
    };
}
function parseWebhookUrl(webhookUrl) {
    let url;
    try {
        url = new URL(webhookUrl.trim());
    }
    catch {
        // The text is the secret: it is not repeated.
        throw new Error('slack-webhook-url is not a valid URL (expected https://hooks.slack.com/services/…)');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`slack-webhook-url must be https, not ${url.protocol}`);
    return url;
}
// Duck-typed: the SDK's classes are CommonJS, and an error may cross a realm in tests.
function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        error.code === dist.ErrorCode.HTTPError &&
        typeof error.statusCode === 'number');
}
function httpAttempt(error, retryAfter, redact) {
    const status = error.statusCode;
    const said = bodyDetail(error.body ?? '', redact);
    const meaning = status === 429 ? 'rate limited: Slack takes about one message per second per webhook' : SLACK_ERRORS[said];
    const detail = [said || error.statusMessage, meaning].filter(Boolean).join(' — ');
    const retryAfterMs = (0,noticeRequest/* parseRetryAfter */.mu)(retryAfter ?? undefined, Date.now());
    return { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), ...(detail ? { detail } : {}) };
}
/** One line of Slack's answer, masked and short: it goes into the summary. */
function bodyDetail(body, redact) {
    const line = redact(body).replace(/\s+/g, ' ').trim();
    return line.length > DETAIL_CHARS ? `${line.slice(0, DETAIL_CHARS - 1)}…` : line;
}
function noAnswer(error, context) {
    const { signal, url, timeoutMs, redact } = context;
    if (signal.aborted)
        return ports/* ProbeError */.B2.stopped();
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
        const what = context.gotHeaders ? 'sent headers but no complete answer' : 'did not answer';
        return new ports/* ProbeError */.B2('timeout', `Slack at ${url.host} ${what} within ${(0,duration/* formatDuration */.a3)(timeoutMs)}`);
    }
    const described = (0,networkError/* describeNetworkError */.g)(error, url.href);
    const message = described.kind === 'other' ? `${described.message}${innermostCause(error)}` : described.message;
    return new ports/* ProbeError */.B2(described.kind, redact(message));
}
/** A wrapping error's message says little; its innermost cause says what happened. */
function innermostCause(error) {
    let current = error?.cause;
    let message;
    for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
        const text = current.message;
        if (typeof text === 'string' && text)
            message = text;
        current = current.cause;
    }
    return message ? ` (${message})` : '';
}


/***/ })

};
