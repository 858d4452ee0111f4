export const id = 491;
export const ids = [491];
export const modules = {

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

/***/ 6491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSlackApiChannel: () => (/* binding */ createSlackApiChannel)
});

// EXTERNAL MODULE: ./src/engine/secrets.ts
var secrets = __webpack_require__(9887);
// EXTERNAL MODULE: ./src/providers/slack/slackBlocks.ts
var slackBlocks = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/providers/shared/agent.ts
var shared_agent = __webpack_require__(7847);
// EXTERNAL MODULE: ./src/providers/shared/body.ts
var body = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/providers/shared/deadline.ts
var deadline = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/providers/shared/networkError.ts
var networkError = __webpack_require__(1216);
// EXTERNAL MODULE: ./src/providers/shared/noticeRequest.ts
var noticeRequest = __webpack_require__(8679);
;// CONCATENATED MODULE: ./src/providers/slack/slackApi.ts







// Slack answers a line of JSON; anything bigger is a proxy's page, of which the start suffices.
const MAX_BODY_BYTES = 64 * 1024;
/**
 * Slack's Web API, the two chat methods, by hand over the shared agent (proxy and TLS choice). The body is
 * form-encoded as Slack's own client sends it: strings as they are, blocks JSON-encoded into their field.
 */
function createSlackApi(options) {
    const base = parseApiUrl(options.apiUrl);
    const agent = (0,shared_agent/* createAgent */.S)({ connections: 1, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
    const urlOf = (method) => new URL(`${base.pathname.replace(/\/+$/, '')}/${method}`, base.origin);
    return {
        url: (method) => urlOf(method).href,
        async call(method, args, signal, redact) {
            const url = urlOf(method);
            const limit = (0,deadline/* deadline */.n)(signal, options.timeoutMs);
            try {
                const response = await agent.request({
                    origin: url.origin,
                    path: url.pathname,
                    method: 'POST',
                    headers: {
                        authorization: `Bearer ${options.token}`,
                        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
                        accept: 'application/json',
                        ...(options.userAgent ? { 'user-agent': options.userAgent } : {}),
                    },
                    body: formBody(args),
                    signal: limit.signal,
                    headersTimeout: options.timeoutMs,
                    bodyTimeout: options.timeoutMs,
                    // Nothing is kept open between the start and the end notice: the channel needs no close().
                    reset: true,
                });
                const { text } = await (0,body/* readBounded */.C)(response.body, MAX_BODY_BYTES);
                const retryAfter = response.headers['retry-after'];
                const retryAfterMs = (0,noticeRequest/* parseRetryAfter */.mu)(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, Date.now());
                return {
                    status: response.statusCode,
                    text,
                    ...jsonObject(text),
                    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
                };
            }
            catch (error) {
                if (signal.aborted)
                    throw ports/* ProbeError */.B2.stopped();
                if (limit.expired)
                    throw new ports/* ProbeError */.B2('timeout', `timed out: no answer from Slack at ${url.host} within ${(0,duration/* formatDuration */.a3)(options.timeoutMs)}`);
                const { kind, message } = (0,networkError/* describeNetworkError */.g)(error, url.href);
                throw new ports/* ProbeError */.B2(kind, redact(`Slack: ${message}`));
            }
            finally {
                limit.clear();
            }
        },
    };
}
/** undefined and null dropped; strings, numbers and booleans as text; anything else (blocks) as JSON. */
function formBody(args) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(args)) {
        if (value === undefined || value === null)
            continue;
        const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : JSON.stringify(value);
        form.append(name, text);
    }
    return form.toString();
}
function jsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? { body: parsed }
            : {};
    }
    catch {
        return {};
    }
}
function parseApiUrl(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        throw new Error('slack-api-url is not a valid URL (expected https://slack.com/api)');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`slack-api-url must be https, not ${url.protocol}`);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url;
}

;// CONCATENATED MODULE: ./src/providers/slack/slackApiChannel.ts



const INVITE = 'invite the app to the channel: /invite @<your app> in the channel';
const NEW_TOKEN = "slack-bot-token is not accepted: copy the Bot User OAuth Token (xoxb-…) again from the app's OAuth & Permissions page";
/** Slack's error codes, from its Web API description and what it is known to answer, with what fixes each. */
const FIXES = {
    not_in_channel: `the app is not a member of the channel: ${INVITE}`,
    channel_not_found: `no channel with this ID is visible to the app: check slack-channel (the ID, e.g. C0123456789, not the name); for a private channel, ${INVITE}`,
    is_archived: 'the channel is archived: unarchive it or set another slack-channel',
    channel_is_archived: 'the channel is archived: unarchive it or set another slack-channel',
    invalid_auth: NEW_TOKEN,
    not_authed: NEW_TOKEN,
    token_revoked: `${NEW_TOKEN} (this one was revoked)`,
    token_expired: `${NEW_TOKEN} (this one expired)`,
    account_inactive: `${NEW_TOKEN} (the app or its user was deactivated)`,
    missing_scope: 'the token lacks the chat:write scope: add it under OAuth & Permissions and reinstall the app',
    not_allowed_token_type: 'a bot token (xoxb-…) is needed here',
    no_permission: 'the token may not post here: check its scopes (chat:write) and the channel',
    restricted_action: 'a workspace admin restricts posting in this channel',
    ratelimited: 'Slack rate-limited the app: it takes about one message per second per channel',
    rate_limited: 'Slack rate-limited the app: it takes about one message per second per channel',
    msg_too_long: 'the message was too long for Slack',
    no_text: 'Slack saw no text in the message',
    invalid_blocks: "Slack rejected the message's blocks",
    too_many_attachments: 'Slack rejected the message: too many attachments',
    message_not_found: 'the message to update is gone (deleted?)',
    cant_update_message: 'the app may not edit the message',
    edit_window_closed: "the workspace's edit window for the message has closed",
    fatal_error: 'Slack failed on its side',
    internal_error: 'Slack failed on its side',
    request_timeout: 'Slack timed out on its side',
};
/** The start message can no longer be edited: the verdict goes out as a message of its own. */
const UNEDITABLE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);
const DETAIL_CHARS = 300;
const START_TS = '<ts of the start message>';
/**
 * Slack through its Web API: one message per deploy. The start is `chat.postMessage`, whose ts this channel keeps;
 * the end is `chat.update` of that same message, so the channel shows one message whose header turns into the
 * verdict, and the failing checks and the rollback go as a reply in its thread (`chat.postMessage` with
 * `thread_ts`). Without a start message (slack-notify-on without start, or the start failed) the end posts a new
 * message, details in its thread. The state (the ts) lives here: the engine's port stays one `send` per notice.
 */
function createSlackApiChannel(options) {
    const redact = (0,secrets/* createRedactor */.lY)([options.token]);
    const api = createSlackApi(options);
    const channel = options.channel;
    let ts;
    // The end notice whose main message is already done (and how): a retry of its thread reply does not repeat it.
    let ended;
    let endedHow = 'message updated';
    let pendingStart;
    // Dry-run: a previewed start stands for the message the end would update.
    let previewedStart = false;
    const main = (notice) => (0,slackBlocks/* slackMessage */.y$)(notice, { mention: options.mention, details: 'thread' });
    const call = async (method, args, signal) => api.call(method, { channel, ...args }, signal, redact);
    const endMain = async (notice, signal) => {
        if (ended === notice)
            return undefined;
        if (ts !== undefined) {
            const answer = await call('chat.update', { ts, ...main(notice) }, signal);
            const error = slackError(answer);
            if (error === undefined || !UNEDITABLE.has(error)) {
                const attempt = outcome(answer, 'chat.update', redact);
                if (!isDone(attempt))
                    return attempt;
                ended = notice;
                endedHow = 'message updated';
                return undefined;
            }
            // The start message cannot be edited any more: the verdict is posted beside it.
            ts = undefined;
        }
        const answer = await call('chat.postMessage', { ...main(notice) }, signal);
        const attempt = outcome(answer, 'chat.postMessage', redact);
        if (!isDone(attempt))
            return attempt;
        ts = attempt.reference;
        ended = notice;
        endedHow = 'message posted';
        return undefined;
    };
    const sendEnd = async (notice, signal) => {
        const failed = await endMain(notice, signal);
        if (failed)
            return failed;
        const reply = (0,slackBlocks/* slackThreadReply */.p2)(notice, { mention: options.mention });
        const done = { status: 200, detail: `${endedHow}, ts ${ts}`, reference: ts };
        if (!reply || ts === undefined)
            return done;
        const answer = await call('chat.postMessage', { thread_ts: ts, ...reply }, signal);
        const attempt = outcome(answer, 'chat.postMessage', redact);
        if (isDone(attempt))
            return { ...done, detail: `${done.detail}, details in its thread` };
        // The verdict is in the channel; only the reply is missing: said as such, with the message's ts.
        return {
            ...attempt,
            detail: `the verdict is posted, but its reply in the thread is not: ${attempt.detail}`,
            reference: ts,
        };
    };
    return {
        name: 'slack',
        async send(notice, signal) {
            if (notice.event === 'start') {
                const started = (async () => {
                    const answer = await call('chat.postMessage', { ...main(notice) }, signal);
                    const attempt = outcome(answer, 'chat.postMessage', redact);
                    if (isDone(attempt))
                        ts = attempt.reference;
                    return attempt;
                })();
                pendingStart = started;
                return started;
            }
            // The start is sent without delaying the checks: an end that overtakes it waits for its ts
            // rather than posting a second message beside it.
            await pendingStart?.catch(() => undefined);
            return sendEnd(notice, signal);
        },
        preview(notice) {
            const message = main(notice);
            if (notice.event === 'start') {
                previewedStart = true;
                return request('chat.postMessage', { channel, ...message });
            }
            const parent = ts ?? (previewedStart ? START_TS : undefined);
            const first = parent !== undefined
                ? request('chat.update', { channel, ts: parent, ...message })
                : request('chat.postMessage', { channel, ...message });
            const reply = (0,slackBlocks/* slackThreadReply */.p2)(notice, { mention: options.mention });
            const threadTs = parent ?? '<ts of the message above>';
            return reply
                ? { ...first, more: [request('chat.postMessage', { channel, thread_ts: threadTs, ...reply })] }
                : first;
        },
    };
    function request(method, body) {
        return { method: 'POST', url: api.url(method), body };
    }
}
function isDone(attempt) {
    return attempt.status >= 200 && attempt.status < 300 && !attempt.refused && !attempt.unconfirmed;
}
function slackError(answer) {
    if (answer.status !== 200 || answer.body?.ok !== false)
        return undefined;
    return typeof answer.body.error === 'string' ? answer.body.error : 'unknown_error';
}
/** One call's answer as the engine reads an attempt: Slack's ok:false on HTTP 200 is a refusal, with its fix. */
function outcome(answer, method, redact) {
    const { status, body } = answer;
    const retry = answer.retryAfterMs === undefined ? {} : { retryAfterMs: answer.retryAfterMs };
    if (status === 429) {
        const said = typeof body?.error === 'string' ? `${body.error}: ` : '';
        return { status, ...retry, detail: `${said}rate limited: Slack takes about one message per second per channel` };
    }
    if (status < 200 || status >= 300)
        return {
            status,
            ...retry,
            detail: `${method}: ${line(typeof body?.error === 'string' ? body.error : answer.text, redact) || 'no detail'}`,
        };
    if (body?.ok === true && typeof body.ts === 'string' && body.ts)
        return { status, detail: `${method}: ok, ts ${body.ts}`, reference: body.ts };
    if (body?.ok === false) {
        const code = typeof body.error === 'string' ? body.error : 'unknown_error';
        const needed = typeof body.needed === 'string' ? ` (needed: ${body.needed})` : '';
        const fix = FIXES[code] ?? `see https://api.slack.com/methods/${method} for what it means`;
        return { status, ...retry, refused: true, detail: line(`${method}: ${code}${needed} — ${fix}`, redact) };
    }
    // A 2xx that is not Slack's JSON (a proxy's page) or JSON without a ts: nothing confirms a message.
    return {
        status,
        unconfirmed: true,
        detail: `${method}: ${line(answer.text, redact) || 'an empty body'}`,
    };
}
function line(text, redact) {
    const one = redact(text).replace(/\s+/g, ' ').trim();
    return one.length > DETAIL_CHARS ? `${one.slice(0, DETAIL_CHARS - 1)}…` : one;
}


/***/ })

};
