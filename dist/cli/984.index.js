export const id = 984;
export const ids = [984];
export const modules = {

/***/ 7603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCommandRollbacker: () => (/* binding */ createCommandRollbacker)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/providers/shared/processGroup.ts
var processGroup = __webpack_require__(8908);
;// CONCATENATED MODULE: ./src/providers/command/lineSplitter.ts
// A line without an end is cut here: output with no newline must not grow without bound.
const MAX_LINE_CHARS = 64 * 1024;
/** Bytes to whole lines, as they arrive. */
class LineSplitter {
    onLine;
    rest = '';
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        const parts = (this.rest + chunk.toString('utf8')).split('\n');
        this.rest = parts.pop() ?? '';
        parts.forEach((line) => this.onLine(line.replace(/\r$/, '')));
        if (this.rest.length > MAX_LINE_CHARS) {
            this.onLine(this.rest.slice(0, MAX_LINE_CHARS));
            this.rest = '';
        }
    }
    end() {
        if (this.rest !== '')
            this.onLine(this.rest);
        this.rest = '';
    }
}

;// CONCATENATED MODULE: ./src/providers/command/outputTail.ts
const MAX_LINES = 50;
const MAX_BYTES = 64 * 1024;
/** The last lines of a command's output, masked, at most 50 lines and 64 KiB: what the report keeps. */
class OutputTail {
    redact;
    kept = [];
    constructor(redact) {
        this.redact = redact;
    }
    /** Keeps the line, masked, and returns it so: what is logged is what is kept. */
    push(line) {
        const masked = this.redact(line);
        this.kept.push(masked);
        if (this.kept.length > MAX_LINES)
            this.kept.shift();
        return masked;
    }
    lines() {
        const lines = [...this.kept];
        let bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
        while (bytes > MAX_BYTES && lines.length > 1)
            bytes -= Buffer.byteLength(lines.shift() ?? '') + 1;
        // One line alone past the limit keeps its end: the end of a line says how it ended.
        const [only] = lines;
        if (bytes > MAX_BYTES && only !== undefined)
            return [`… ${only.slice(-(MAX_BYTES - 2))}`];
        return lines;
    }
}

;// CONCATENATED MODULE: ./src/providers/command/commandRollbacker.ts







const REVISION_LINE = /^rollback-revision=(.+)$/;
/**
 * The team's own rollback command, run as a workflow `run:` step runs it (bash -eo pipefail -c), in its own
 * process group so that a timeout kills everything it started. Its output is streamed to the log, masked;
 * the last lines are kept for the report.
 */
function createCommandRollbacker(options) {
    return {
        async undo(_toRevision, _signal, context) {
            const reportPath = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot, 'pdc-rollback-')), 'report-before-rollback.json');
            await (0,promises_.writeFile)(reportPath, `${JSON.stringify(context.reportSoFar, null, 2)}\n`);
            const tail = new OutputTail(options.redact);
            let restored;
            const ended = await run(options, context, reportPath, (line) => {
                const masked = tail.push(line);
                options.log(masked);
                const revision = REVISION_LINE.exec(masked.trim());
                if (revision?.[1])
                    restored = revision[1].trim();
            });
            const output = tail.lines();
            const last = output.length > 0 ? '' : ' and printed nothing';
            if (ended.kind === 'not-started')
                throw new ports/* RollbackError */.ZS(`the rollback command could not be started: ${ended.message}`, output);
            if (ended.kind === 'stopped')
                throw new ports/* RollbackError */.ZS(`the rollback command did not finish within rollback-timeout (${(0,duration/* formatDuration */.a3)(context.timeoutMs)}): its process group was killed`, output);
            if (ended.kind === 'signalled')
                throw new ports/* RollbackError */.ZS(`the rollback command was killed by ${ended.signal}${last}`, output);
            if (ended.exitCode !== 0)
                throw new ports/* RollbackError */.ZS(`the rollback command exited with code ${ended.exitCode}${last}`, output);
            return {
                rolledBack: true,
                message: 'the rollback command exited 0',
                output,
                ...(restored ? { restored: { revision: restored, images: [] } } : {}),
            };
        },
    };
}
function run(options, context, reportPath, onLine) {
    const lines = new LineSplitter(onLine);
    const { ended } = (0,processGroup/* runInProcessGroup */.f)(options.shell ?? 'bash', ['-eo', 'pipefail', '-c', options.command], {
        cwd: options.cwd,
        env: {
            ...options.env,
            PDC_RESULT: context.result,
            PDC_SERVICE: options.service,
            PDC_ENVIRONMENT: options.environment,
            PDC_VERSION: options.version ?? '',
            PDC_FAILED_CHECKS: context.failedChecks.join(','),
            PDC_REPORT_PATH: reportPath,
        },
        timeoutMs: context.timeoutMs,
        onStdout: (chunk) => lines.push(chunk),
        onStderr: (chunk) => lines.push(chunk),
        // Its last words before the kill belong in the tail, and a timeout is reported once the group has gone.
        settleOnStop: 'when-closed',
    });
    return ended.finally(() => lines.end());
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


/***/ })

};
