export const id = 498;
export const ids = [498];
export const modules = {

/***/ 5498:
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
// EXTERNAL MODULE: ./src/providers/slack/slackBlocks.ts
var slackBlocks = __webpack_require__(2931);
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
            const response = await (0,undici.fetch)(target, {
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
    const message = (notice) => (0,slackBlocks/* slackMessage */.y$)(notice, { mention: options.mention });
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
