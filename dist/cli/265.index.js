export const id = 265;
export const ids = [265];
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


/***/ }),

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p2: () => (/* binding */ slackThreadReply),
/* harmony export */   y$: () => (/* binding */ slackMessage)
/* harmony export */ });
/* unused harmony exports SLACK_LIMITS, escapeSlack, fitEscaped, fitPlain, slackLink */
/* harmony import */ var _engine_config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);

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
        // The step runs once the deploy is out: what starts is the checking, and the verdict replaces it.
        case 'start':
            return { emoji: ':mag:', title: 'Checking' };
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
    return `${emoji} ${title}: ${oneLine(notice.service)} in ${oneLine(notice.environment)}`;
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
        out.push(`*Duration*\n${(0,_engine_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, notice.finishedAt - notice.startedAt))}`);
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
    const inline = options.details !== 'thread';
    const mention = inline ? mentionOf(notice, options) : '';
    const header = headline(notice, mood);
    const body = notice.summary ? summaryBody(notice.summary, notice) : '';
    const line = body ? fitEscaped(body, SUMMARY_CHARS) : DEFAULT_LINE[notice.event];
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: fitPlain(header, SLACK_LIMITS.header), emoji: true } },
        { type: 'section', text: mrkdwn(fitPlain(`${mention}${line}`, SLACK_LIMITS.text)) },
        { type: 'section', fields: fields(notice) },
        ...(inline ? [...failureBlocks(notice), ...rollbackBlocks(notice)] : []),
        ...linkBlocks(notice, options),
    ];
    return {
        text: fitPlain(`${mention}${fitEscaped(header, SLACK_LIMITS.header)}: ${line}`, SLACK_LIMITS.fallbackText),
        blocks: capBlocks(blocks),
    };
}
function mentionOf(notice, options) {
    return notice.event === 'failure' && options.mention?.trim() ? `${options.mention.trim()} ` : '';
}
/**
 * What `details: 'thread'` left out of the message, as a reply in its thread: the failing checks, the rollback's
 * outcome and, on failure, the mention. Undefined when there is nothing to add.
 */
function slackThreadReply(notice, options = {}) {
    const details = [...failureBlocks(notice), ...rollbackBlocks(notice)];
    const mention = mentionOf(notice, options);
    if (details.length === 0 && !mention)
        return undefined;
    const blocks = [
        ...(mention
            ? [{ type: 'section', text: mrkdwn(fitPlain(`${mention}${tone(notice).title}`, SLACK_LIMITS.text)) }]
            : []),
        ...details,
    ];
    // The notification line: what the reply holds, in words.
    const count = notice.failures.length;
    const rollback = notice.event === 'failure' && notice.rollback ? rollbackText(notice.rollback) : '';
    const failures = count === 0
        ? ''
        : notice.event === 'warning'
            ? `${count} warning${count === 1 ? '' : 's'}`
            : `${count} failing ${count === 1 ? 'check or gate' : 'checks or gates'}`;
    const summary = [rollback, failures].filter(Boolean).join('; ') || tone(notice).title;
    return {
        text: fitPlain(`${mention}${summary}`, SLACK_LIMITS.fallbackText),
        blocks: capBlocks(blocks),
    };
}
function rollbackText(rollback) {
    const revision = rollback.toRevision !== undefined ? ` to revision ${fitEscaped(oneLine(String(rollback.toRevision)), 100)}` : '';
    return `Rollback: ${fitEscaped(oneLine(rollback.outcome), 100)}${revision}`;
}
/** A guard: never more than Slack's 50 blocks, the last one saying how many were left out. */
function capBlocks(blocks) {
    if (blocks.length <= SLACK_LIMITS.blocks)
        return blocks;
    const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
    return [...kept, { type: 'section', text: mrkdwn(`… and ${blocks.length - kept.length} more`) }];
}


/***/ })

};
