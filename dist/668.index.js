export const id = 668;
export const ids = [668];
export const modules = {

/***/ 9668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createHelmRollbacker: () => (/* binding */ createHelmRollbacker)
});

// UNUSED EXPORTS: fluxManaged

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/providers/shared/kubernetesNames.ts
var kubernetesNames = __webpack_require__(7990);
// EXTERNAL MODULE: ./src/providers/shared/rollbackRequest.ts
var rollbackRequest = __webpack_require__(3963);
// EXTERNAL MODULE: ./src/providers/shared/processGroup.ts
var processGroup = __webpack_require__(8908);
;// CONCATENATED MODULE: ./src/providers/shared/runTool.ts

// What is kept of stderr: its end, where a CLI's `Error: …` line is.
const MAX_STDERR_BYTES = 64 * 1024;
/**
 * Runs a tool with an argument array (never a shell) and its output captured, bounded in time and size.
 *
 * node:child_process rather than @actions/exec (which kubectl.ts uses): @actions/exec neither hands out the
 * child nor takes a signal, so it can neither kill a tool at its time limit nor stop reading a flood of
 * output. A stopped tool's run settles at once: what it would still print is not waited for. A caller that
 * must not be interrupted (a Helm rollback) passes a signal that never aborts and lets the tool end on its
 * own time limit.
 */
async function runTool(command, args, options) {
    const stdout = [];
    let stdoutBytes = 0;
    const stderr = [];
    let stderrBytes = 0;
    const run = (0,processGroup/* runInProcessGroup */.f)(command, args, {
        env: options.env,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        settleOnStop: 'at-once',
        onStdout: (chunk) => {
            stdoutBytes += chunk.length;
            if (stdoutBytes > options.maxStdoutBytes) {
                stdout.length = 0;
                run.stop('too-much-output');
                return;
            }
            stdout.push(chunk);
        },
        onStderr: (chunk) => {
            stderr.push(chunk);
            stderrBytes += chunk.length;
            while (stderrBytes > MAX_STDERR_BYTES && stderr.length > 1)
                stderrBytes -= stderr.shift()?.length ?? 0;
        },
    });
    const end = await run.ended;
    const output = { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
    switch (end.kind) {
        case 'exited':
            return { kind: 'exited', exitCode: end.exitCode, ...output };
        case 'signalled':
            return { kind: 'signalled', signal: end.signal, ...output };
        case 'stopped':
            return end.reason === 'timed-out' ? { kind: 'timed-out', ...output } : { kind: end.reason };
        case 'not-started':
            return end.notFound ? { kind: 'not-found' } : { kind: 'not-started', message: end.message };
    }
}

;// CONCATENATED MODULE: ./src/providers/helm/helm.ts



// `helm status -o json` carries the whole rendered manifest (and on Helm 4 the live objects): a large chart's
// runs to a few MB. Past this it is not a release's answer.
const MAX_STDOUT_BYTES = 16 * 1024 * 1024;
/** The helm sub-command in messages: `helm history`, `helm rollback`. */
const what = (args) => `helm ${args[0] ?? ''}`;
/**
 * Runs helm, bounded by `timeoutMs`; resolves with its exit code and output, rejects with a ClusterError when
 * it did not end on its own (not installed, timed out, printed too much, the step stopped).
 */
async function runHelm(args, call) {
    const end = await runTool(call.tool, args, {
        timeoutMs: call.timeoutMs,
        signal: call.signal,
        env: call.env,
        maxStdoutBytes: MAX_STDOUT_BYTES,
    });
    switch (end.kind) {
        case 'exited':
            return { exitCode: end.exitCode, stdout: end.stdout, stderr: end.stderr };
        case 'not-found':
            return Promise.reject(new ports/* ClusterError */.b$(`helm is not installed or not on PATH: ${call.tool} was not found`));
        case 'not-started':
            return Promise.reject(new ports/* ClusterError */.b$(`helm could not be started (${call.tool}): ${end.message}`));
        case 'aborted':
            return Promise.reject(new ports/* ClusterError */.b$('stopped: the step was cancelled or reached its time limit'));
        case 'too-much-output':
            return Promise.reject(new ports/* ClusterError */.b$(`${what(args)} printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB: it was stopped, and none of it read`));
        case 'timed-out':
            return Promise.reject(call.timedOut?.() ??
                new ports/* ClusterError */.b$(`${what(args)} did not end within ${(0,duration/* formatDuration */.a3)(call.timeoutMs)}: it was stopped`));
        case 'signalled':
            return Promise.reject(new ports/* ClusterError */.b$(`${what(args)} was killed by ${end.signal}`));
    }
}
/**
 * Helm's own complaint: from its `Error: …` line on (a wait error lists one resource a line), slog's
 * warnings before it left out; at most a few lines.
 */
function helmMessage(result) {
    const lines = result.stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const start = lines.findIndex((line) => line.startsWith('Error: '));
    const chosen = start < 0 ? lines.slice(-3) : lines.slice(start);
    const shown = chosen.slice(0, 5).join(' / ');
    const more = chosen.length > 5 ? ` / … ${chosen.length - 5} more lines` : '';
    return shown ? `${shown}${more}` : `exit code ${result.exitCode} and nothing on stderr`;
}
/** Helm's driver.ErrReleaseNotFound, as history, rollback and status print it. */
function releaseNotFound(result) {
    return /^Error: release: not found\s*$/m.test(result.stderr);
}
/** helm's `-o json` output, checked against the fields the caller reads. */
function parseHelmJson(schema, result, args) {
    let json;
    try {
        json = JSON.parse(result.stdout);
    }
    catch {
        throw new ports/* ClusterError */.b$(`${what(args)} printed something other than JSON: ${result.stdout.trim().slice(0, 200) || '(nothing)'}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw new ports/* ClusterError */.b$(`${what(args)} printed JSON of an unexpected shape: ${issue?.message ?? ''}${where}`);
    }
    return parsed.data;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/providers/helm/helmSchema.ts

// The fields the rollback reads of `helm history -o json` and `helm status -o json`, as Helm 3.21 and 4.x
// print them (keys Helm leaves out when empty are optional here; others are ignored).
/** One revision of `helm history -o json`: an array, oldest first, at most --max of the newest. */
const historyEntrySchema = schemas/* object */.Ikc({
    revision: schemas/* number */.aig().int(),
    status: schemas/* string */.YjP(),
    /** `<name>-<version>`, or MISSING when the stored chart has no metadata. */
    chart: schemas/* string */.YjP(),
    app_version: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().optional(),
    /** Helm's main branch only: the revision a rollback restored. */
    rollback_revision: schemas/* number */.aig().int().optional(),
});
const historySchema = schemas/* array */.YOg(historyEntrySchema);
/** `helm status -o json`: the latest revision. Helm 4 leaves the chart out (and `version` when it is 0). */
const statusSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().optional(),
    info: schemas/* object */.Ikc({
        status: schemas/* string */.YjP(),
        description: schemas/* string */.YjP().optional(),
    }),
    manifest: schemas/* string */.YjP().optional(),
    version: schemas/* number */.aig().int().optional(),
});

;// CONCATENATED MODULE: ./src/providers/helm/helmRollbacker.ts







// Helm has no request timeout of its own for these reads: a silent apiserver would hold them for ever.
const READ_TIMEOUT_MS = 30_000;
// helm rollback ends on its own --timeout (the rollback-timeout); this is its time to record the outcome.
const KILL_MARGIN_MS = 10_000;
// Helm keeps 10 revisions by default (--history-max): 20 holds a whole history but for a raised limit.
const HISTORY_MAX = 20;
const SUCCESS = 'Rollback was a success! Happy Helming!';
/** A revision whose operation has not ended: a rollback now would race it, or find the release locked. */
const IN_PROGRESS = new Set(['pending-install', 'pending-upgrade', 'pending-rollback', 'uninstalling']);
/** What a rollback may restore unasked: a revision that was once the release's deployed state. */
const RESTORABLE = new Set(['deployed', 'superseded']);
// Helm's own rule for release names: a DNS-1123 subdomain, short enough for the Secrets Helm stores.
const MAX_RELEASE_CHARS = 53;
/** `helm rollback` of one release, with its history read first and its status read after. */
function createHelmRollbacker(options) {
    const tool = options.helm ?? 'helm';
    const env = options.env ?? process.env;
    const readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
    const killMarginMs = options.killMarginMs ?? KILL_MARGIN_MS;
    const { release, namespace } = options;
    const invalid = (0,kubernetesNames/* invalidKubernetesNames */.W)({
        object: { name: release, kind: 'Helm release name', maxLength: MAX_RELEASE_CHARS },
        namespace,
        context: { name: options.context, kind: 'kube context' },
    });
    const where = `Helm release "${release}" in namespace "${namespace}"`;
    // One argument each, after the sub-command's own: never a shell, never a value read as a flag.
    const scope = [
        '--namespace',
        namespace,
        ...(options.context ? ['--kube-context', options.context] : []),
        ...(options.insecureSkipTlsVerify ? ['--kube-insecure-skip-tls-verify'] : []),
    ];
    /** The preview the undo restores: the revision it chose is passed to `helm rollback` explicitly. */
    let previewed;
    function failed(args, result) {
        if (releaseNotFound(result))
            return new ports/* ClusterError */.b$(`${where} was not found (helm ${args[0]}: release: not found): check helm-release, kube-namespace and kube-context`);
        return new ports/* ClusterError */.b$(`helm ${args[0]} failed: ${helmMessage(result)}`);
    }
    async function read(args, schema, signal) {
        const full = [...args, ...scope];
        const result = await runHelm(full, { tool, env, timeoutMs: readTimeoutMs, signal });
        if (result.exitCode !== 0)
            throw failed(full, result);
        return parseHelmJson(schema, result, full);
    }
    const readHistory = (signal) => read(['history', release, '-o', 'json', '--max', String(HISTORY_MAX)], historySchema, signal).then((entries) => 
    // Oldest first, as Helm prints it; sorted all the same, since the choice depends on it.
    [...entries].sort((a, b) => a.revision - b.revision));
    const readStatus = (signal) => read(['status', release, '-o', 'json'], statusSchema, signal);
    async function preview(toRevision, signal) {
        const wanted = (0,rollbackRequest/* checkedRevision */.n)(invalid, toRevision);
        const history = await readHistory(signal);
        const newest = history.at(-1);
        if (!newest)
            return {};
        if (IN_PROGRESS.has(newest.status)) {
            throw new ports/* ClusterError */.b$(`another operation is in progress on the release (${newest.status}): helm history shows revision ${newest.revision} as ${newest.status}${newest.description ? ` ("${newest.description}")` : ''}, so no rollback was attempted; once it has ended run the rollback again, or, if it was interrupted, roll back by hand`);
        }
        const chosen = chooseTarget(history, wanted);
        const status = await readStatus(signal);
        const gitOps = status.manifest !== undefined && fluxManaged(status.manifest) ? 'Flux' : undefined;
        previewed = {
            current: revisionOf(newest),
            ...(chosen ? { target: chosen } : {}),
            ...(gitOps ? { gitOps } : {}),
        };
        return previewed;
    }
    return {
        preview,
        async undo(toRevision, signal, context) {
            const target = (previewed ?? (await preview(toRevision, signal))).target;
            if (!target)
                throw new ports/* RollbackError */.ZS(`${where} has no earlier revision to roll back to`);
            const timeout = `${Math.ceil(context.timeoutMs / 1000)}s`;
            // `--wait` without a value is valid in both: Helm 3's bool (wait for the resources), Helm 4's
            // watcher strategy. `--wait=true` draws a deprecation warning from Helm 4, `--wait=watcher` an error from Helm 3.
            const args = ['rollback', release, String(target.revision), '--wait', '--timeout', timeout, ...scope];
            const result = await runHelm(args, {
                tool,
                env,
                // The run's signal never reaches here (the engine lets an undo end); its own --timeout ends it,
                // and this kills it should it not.
                timeoutMs: context.timeoutMs + killMarginMs,
                signal,
                timedOut: () => new ports/* RollbackError */.ZS(`helm rollback did not end within rollback-timeout (${(0,duration/* formatDuration */.a3)(context.timeoutMs)}) and ${(0,duration/* formatDuration */.a3)(killMarginMs)} more, and was killed: ${where} may be left pending-rollback; see helm history ${release} --namespace ${namespace}`),
            });
            if (result.exitCode !== 0) {
                if (releaseNotFound(result))
                    throw new ports/* RollbackError */.ZS(failed(args, result).message);
                throw new ports/* RollbackError */.ZS(`helm rollback failed: ${helmMessage(result)}`);
            }
            const said = result.stdout.includes(SUCCESS)
                ? SUCCESS
                : `exited 0${lastLine(result.stdout) ? `: ${lastLine(result.stdout)}` : ''}`;
            return { rolledBack: true, message: `helm rollback ${release} ${target.revision}: ${said}` };
        },
        async confirm(_timeoutMs, signal, before) {
            // helm rollback --wait has waited for the resources: what is left is to see that Helm recorded the
            // restored revision as deployed, and that it runs what the target ran.
            if (invalid)
                throw new ports/* ClusterError */.b$(invalid);
            const status = await readStatus(signal);
            const history = await readHistory(signal);
            const revision = status.version ?? history.at(-1)?.revision;
            const current = before?.current?.revision;
            const target = before?.target;
            const at = `revision ${revision ?? '?'} of ${where}`;
            if (status.info.status !== 'deployed') {
                const why = status.info.description ? `: ${status.info.description}` : '';
                return { complete: false, message: `helm status shows ${at} as ${status.info.status}, not deployed${why}` };
            }
            if (revision === undefined || (typeof current === 'number' && revision <= current)) {
                return {
                    complete: false,
                    message: `helm status shows ${at} as deployed, but no revision after the failed ${current ?? '?'}: the rollback recorded none`,
                };
            }
            const entry = history.find((item) => item.revision === revision);
            if (target && entry) {
                if (target.chart !== undefined && (entry.chart !== target.chart || entry.app_version !== target.appVersion))
                    return {
                        complete: false,
                        message: `${at} is deployed but runs ${runs(entry)}, not revision ${target.revision}'s ${runs({ chart: target.chart, app_version: target.appVersion ?? '' })}`,
                    };
                if (entry.rollback_revision !== undefined && entry.rollback_revision !== target.revision)
                    return {
                        complete: false,
                        message: `${at} is deployed but is a rollback to revision ${entry.rollback_revision}, not ${target.revision}`,
                    };
            }
            const ran = entry
                ? `: ${runs(entry)}${target?.chart !== undefined ? `, as revision ${target.revision} had` : ''}`
                : '';
            return { complete: true, message: `release ${release} is deployed at revision ${revision}${ran}` };
        },
    };
}
/**
 * The revision to restore: `toRevision` when it is in the history and not the current one, else the newest
 * earlier revision that was deployed (deployed or superseded), never a failed one. Helm's own default is
 * simply current - 1, whatever its status, which is why the choice is passed to it explicitly.
 */
function chooseTarget(history, toRevision) {
    const newest = history.at(-1);
    const earlier = history.slice(0, -1);
    if (toRevision === undefined) {
        const found = earlier.findLast((entry) => RESTORABLE.has(entry.status));
        return found && revisionOf(found);
    }
    if (toRevision === newest?.revision)
        return undefined;
    const found = earlier.find((entry) => entry.revision === toRevision);
    if (found)
        return revisionOf(found);
    // Older than the --max newest read: Helm may still hold it, and `helm rollback` says if it does not.
    const oldest = history[0]?.revision;
    if (history.length >= HISTORY_MAX && oldest !== undefined && toRevision < oldest)
        return { revision: toRevision, images: [] };
    return undefined;
}
function revisionOf(entry) {
    return { revision: entry.revision, images: [], chart: entry.chart, appVersion: entry.app_version };
}
function runs(entry) {
    return `chart ${entry.chart}, app version ${entry.app_version}`;
}
const FLUX_LABEL = 'helm.toolkit.fluxcd.io/name';
/**
 * Flux's helm-controller installs and upgrades a HelmRelease through the Helm SDK, with a post-renderer that
 * labels every object it renders with helm.toolkit.fluxcd.io/name and /namespace (the HelmRelease's). Helm
 * stores the manifest after post-rendering, so the label is in `helm status -o json`'s manifest, on the
 * objects' metadata.labels: a release of Flux's shows it, one installed by hand does not. (Argo CD renders
 * charts with `helm template` and applies the objects itself: there is no Helm release to roll back.)
 */
function fluxManaged(manifest) {
    if (!manifest.includes(FLUX_LABEL))
        return false;
    return (0,dist/* parseAllDocuments */.hR)(manifest).some((document) => {
        try {
            const object = document.toJS();
            const labels = object?.metadata?.labels;
            return typeof labels === 'object' && labels !== null && FLUX_LABEL in labels;
        }
        catch {
            return false;
        }
    });
}
function lastLine(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .at(-1);
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ invalidKubernetesNames)
/* harmony export */ });
/* harmony import */ var _engine_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5777);

/**
 * What is wrong with the names a rollbacker hands its CLI, before it runs: a name that is not DNS-1123, or a
 * context that is empty or would read as a flag. Undefined when they are all usable.
 */
function invalidKubernetesNames({ object, namespace, context }) {
    if (object.name.length > (object.maxLength ?? _engine_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SUBDOMAIN_CHARS */ .CX) || !_engine_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_0__/* .DNS1123_SUBDOMAIN */ .ei.test(object.name))
        return `"${object.name}" is not a valid ${object.kind}`;
    if (namespace.length > _engine_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LABEL_CHARS */ .ir || !_engine_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_0__/* .DNS1123_LABEL */ .a0.test(namespace))
        return `"${namespace}" is not a valid namespace name (a DNS-1123 label)`;
    if (context.name !== undefined && (context.name === '' || context.name.startsWith('-')))
        return `"${context.name}" is not a usable ${context.kind}`;
    return undefined;
}


/***/ }),

/***/ 8908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runInProcessGroup)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

// After SIGTERM to the group, this long for it to end before SIGKILL: time to clean up, never to hang on.
const KILL_GRACE_MS = 2_000;
/**
 * Runs a program with an argument array (never a shell of ours) in a process group of its own: a stop kills
 * the whole group (a wrapper script and what it started), and a cancel that reaches the action's own group
 * (Ctrl-C at a terminal) does not reach it, so nothing is interrupted mid-operation unless this runner says so.
 */
function runInProcessGroup(command, args, options) {
    if (options.signal?.aborted)
        return { ended: Promise.resolve({ kind: 'stopped', reason: 'aborted' }), stop: () => undefined };
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let resolveEnd = () => undefined;
    const ended = new Promise((resolve) => (resolveEnd = resolve));
    let settled = false;
    let stopped;
    let killer;
    const settle = (end) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolveEnd(end);
    };
    const stop = (reason) => {
        if (settled || stopped)
            return;
        stopped = reason;
        clearTimeout(timer);
        signalGroup(child.pid, 'SIGTERM');
        killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
        if (options.settleOnStop === 'at-once')
            settle({ kind: 'stopped', reason });
    };
    const onAbort = () => stop('aborted');
    const timer = setTimeout(() => stop('timed-out'), options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk) => {
        if (!settled)
            options.onStdout(chunk);
    });
    child.stderr.on('data', (chunk) => {
        if (!settled)
            options.onStderr(chunk);
    });
    child.on('error', (error) => {
        settle({ kind: 'not-started', notFound: error.code === 'ENOENT', message: error.message });
    });
    child.on('close', (code, signal) => {
        clearTimeout(killer);
        // Whatever the group left behind (a background job) goes with it.
        signalGroup(child.pid, 'SIGKILL');
        if (stopped)
            settle({ kind: 'stopped', reason: stopped });
        else if (code !== null)
            settle({ kind: 'exited', exitCode: code });
        else
            settle({ kind: 'signalled', signal: signal ?? 'a signal' });
    });
    return { ended, stop };
}
function signalGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group has already ended.
    }
}


/***/ }),

/***/ 3963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ checkedRevision)
/* harmony export */ });
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1158);

/**
 * What a rollbacker is asked to do, checked before its CLI runs: the names it was given (what
 * invalidKubernetesNames found wrong with them) and the revision to restore. Undefined or 0 leaves the choice
 * to the tool, whose own default is the previous revision.
 */
function checkedRevision(invalidNames, toRevision) {
    if (invalidNames)
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterError */ .b$(invalidNames);
    if (toRevision === undefined || toRevision === 0)
        return undefined;
    if (!Number.isSafeInteger(toRevision) || toRevision < 0)
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterError */ .b$(`cannot roll back to revision ${toRevision}: a revision is a whole number from 1`);
    return toRevision;
}


/***/ })

};
