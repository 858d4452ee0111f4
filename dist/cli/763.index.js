export const id = 763;
export const ids = [763];
export const modules = {

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XU: () => (/* binding */ githubOctokit),
  eT: () => (/* binding */ notGitHubs),
  aW: () => (/* binding */ oneRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
;// CONCATENATED MODULE: ./src/providers/github/boundedFetch.ts

/** No answer of the operations used comes near this: a page of 100 comments at GitHub's 65,536 characters each is under 7 MB. */
const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * fetch for Octokit, reading at most `limit` bytes of an answer: Octokit reads a body whole, so an endless
 * one would fill the memory. What is over the limit rejects with a TrackerError (Octokit keeps it as the cause).
 */
function boundedFetch(limit = MAX_ANSWER_BYTES) {
    return async (input, init) => {
        const response = await fetch(input, init);
        if (!response.body || NULL_BODY.has(response.status))
            return response;
        const reader = response.body.getReader();
        const chunks = [];
        let size = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > limit) {
                await reader.cancel().catch(() => undefined);
                throw new ports/* TrackerError */.BT(`HTTP ${response.status}, but not GitHub's answer: a body over ${limit / 1024 / 1024} MB, cut short`);
            }
            chunks.push(value);
        }
        return new Response(Buffer.concat(chunks), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
    };
}

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
;// CONCATENATED MODULE: ./src/providers/github/githubErrors.ts



/**
 * X-Accepted-GitHub-Permissions (`pull_requests=write,contents=read; issues=write`) as a workflow's
 * permissions block writes it: the alternative that names `preferred` (`pull-requests: write`), else the
 * first, `pull-requests: write and contents: read`.
 */
function permissionFromHeader(header, preferred) {
    const alternatives = (header ?? '').split(';').map((alternative) => alternative.trim());
    const wanted = preferred?.split(':')[0]?.trim().replaceAll('-', '_');
    const names = (alternative) => alternative.split(',').map((pair) => pair.split('=')[0]?.trim());
    const chosen = alternatives.find((alternative) => wanted && names(alternative).includes(wanted)) ?? alternatives[0];
    if (!chosen)
        return undefined;
    const pairs = chosen
        .split(',')
        .map((pair) => pair.trim().split('='))
        .filter((pair) => pair.length === 2 && pair[0] !== '' && pair[1] !== '')
        .map(([name, level]) => `${name.trim().replaceAll('_', '-')}: ${level.trim()}`);
    return pairs.length > 0 ? pairs.join(' and ') : undefined;
}
/**
 * What Octokit threw, as a TrackerError a person can act on: the HTTP status and GitHub's message, the
 * permission a 403 names (the header, else what the operation needs), or that no answer came in time.
 */
function trackerError(error, { timeout, timeoutMs, needs }) {
    if (error instanceof ports/* TrackerError */.BT)
        return error;
    // Octokit keeps what the fetch threw (a body over the limit) as the cause of its own error.
    if (error?.cause instanceof ports/* TrackerError */.BT)
        return error.cause;
    if (timeout.aborted)
        return new ports/* TrackerError */.BT(`no answer within ${(0,duration/* formatDuration */.a3)(timeoutMs)}`);
    const { status, response } = error;
    if (typeof status !== 'number' || status < 400 || !response)
        return new ports/* TrackerError */.BT(`no answer: ${(0,errors/* messageOf */.b)(error)}`);
    const body = response.data;
    const said = typeof body?.message === 'string' ? body.message : (0,errors/* messageOf */.b)(error);
    const header = response.headers?.['x-accepted-github-permissions'];
    const forbidden = status === 403 && /not accessible/i.test(said);
    const permission = forbidden
        ? (permissionFromHeader(header === undefined ? undefined : String(header), needs) ?? needs)
        : undefined;
    const hint = status === 404 ? ' (the job token reaches only its own repository; a private one answers 404 without access)' : '';
    return new ports/* TrackerError */.BT(`HTTP ${status}: ${said}${hint}`, permission);
}

;// CONCATENATED MODULE: ./src/providers/github/githubClient.ts





/** @actions/github's Octokit on the run's API, reading at most a bounded answer; it never retries. */
function githubOctokit(options) {
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl,
        userAgent: options.userAgent,
        request: { fetch: boundedFetch() },
    });
}
/**
 * One request under its own time limit as well as the caller's signal; what Octokit throws becomes a
 * TrackerError naming the permission `needs` when GitHub says the token lacks one.
 */
async function oneRequest(options, signal, send) {
    const { timeoutMs, needs } = options;
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
        const response = await send(AbortSignal.any([signal, timeout]));
        if (timeout.aborted)
            throw new ports/* TrackerError */.BT(`HTTP ${response.status}, but no complete answer within ${(0,duration/* formatDuration */.a3)(timeoutMs)}`);
        return response;
    }
    catch (error) {
        throw trackerError(error, { timeout, timeoutMs, needs });
    }
}
/** A 2xx that is not GitHub's JSON (a proxy's page, a cut-off document): counted as not done, and not tried again. */
function notGitHubs(status, what) {
    return new ports/* TrackerError */.BT(`HTTP ${status}, but not GitHub's answer: ${what}`);
}


/***/ }),

/***/ 4763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubComments: () => (/* binding */ createGitHubComments)
/* harmony export */ });
/* harmony import */ var _githubClient_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(565);

/** GitHub's most per page: fewer pages to read on a long pull request. */
const PER_PAGE = 100;
/** A pull request's comments through GitHub's issue-comment API: one request per page or write, no retry. */
function createGitHubComments(options) {
    const octokit = (0,_githubClient_js__WEBPACK_IMPORTED_MODULE_0__/* .githubOctokit */ .XU)(options);
    const { owner, repo, timeoutMs } = options;
    const reading = { timeoutMs, needs: 'pull-requests: read' };
    const writing = { timeoutMs, needs: 'pull-requests: write' };
    return {
        async find(pullRequest, marker, signal) {
            // Oldest first, as GitHub lists them: should two ever carry the marker, the first one made is the one kept.
            for (let page = 1;; page++) {
                const response = await (0,_githubClient_js__WEBPACK_IMPORTED_MODULE_0__/* .oneRequest */ .aW)(reading, signal, (requestSignal) => octokit.rest.issues.listComments({
                    owner,
                    repo,
                    issue_number: pullRequest,
                    per_page: PER_PAGE,
                    page,
                    request: { signal: requestSignal },
                }));
                const comments = response.data;
                if (!Array.isArray(comments))
                    throw (0,_githubClient_js__WEBPACK_IMPORTED_MODULE_0__/* .notGitHubs */ .eT)(response.status, 'no list of comments');
                // Only a body that starts with the marker: a reply quoting our comment is not ours.
                const ours = comments.find((comment) => commentBody(comment)?.startsWith(marker));
                if (ours)
                    return commentRef(ours, response.status);
                // GitHub links the next page while there is one.
                if (comments.length < PER_PAGE || !/rel="next"/.test(response.headers.link ?? ''))
                    return undefined;
            }
        },
        async create(pullRequest, body, signal) {
            const response = await (0,_githubClient_js__WEBPACK_IMPORTED_MODULE_0__/* .oneRequest */ .aW)(writing, signal, (requestSignal) => octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: pullRequest,
                body,
                request: { signal: requestSignal },
            }));
            return commentRef(response.data, response.status);
        },
        async update(commentId, body, signal) {
            const response = await (0,_githubClient_js__WEBPACK_IMPORTED_MODULE_0__/* .oneRequest */ .aW)(writing, signal, (requestSignal) => octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: commentId,
                body,
                request: { signal: requestSignal },
            }));
            return commentRef(response.data, response.status);
        },
    };
}
function commentBody(comment) {
    const body = comment?.body;
    return typeof body === 'string' ? body : undefined;
}
function commentRef(comment, status) {
    const { id, html_url: url } = (comment ?? {});
    if (typeof id !== 'number' || typeof url !== 'string')
        throw (0,_githubClient_js__WEBPACK_IMPORTED_MODULE_0__/* .notGitHubs */ .eT)(status, 'no comment id and page');
    return { id, url };
}


/***/ })

};
