export const id = 389;
export const ids = [389];
export const modules = {

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCommandRollbacker: () => (/* binding */ createCommandRollbacker)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
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






// After SIGTERM to the group, this long for it to end before SIGKILL: time to clean up, never to hang on.
const KILL_GRACE_MS = 2_000;
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
            if ('error' in ended)
                throw new ports/* RollbackError */.ZS(`the rollback command could not be started: ${ended.error}`, output);
            if (ended.timedOut)
                throw new ports/* RollbackError */.ZS(`the rollback command did not finish within rollback-timeout (${(0,duration/* formatDuration */.a3)(context.timeoutMs)}): its process group was killed`, output);
            if (ended.signal)
                throw new ports/* RollbackError */.ZS(`the rollback command was killed by ${ended.signal}${last}`, output);
            if (ended.code !== 0)
                throw new ports/* RollbackError */.ZS(`the rollback command exited with code ${ended.code}${last}`, output);
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
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(options.shell ?? 'bash', ['-eo', 'pipefail', '-c', options.command], {
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
            // A group of its own: on timeout the whole group is killed, not only bash.
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let timedOut = false;
        let killer;
        const timer = setTimeout(() => {
            timedOut = true;
            signalGroup(child.pid, 'SIGTERM');
            killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
        }, context.timeoutMs);
        const lines = new LineSplitter(onLine);
        child.stdout.on('data', (chunk) => lines.push(chunk));
        child.stderr.on('data', (chunk) => lines.push(chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ error: error.message });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killer);
            lines.end();
            // Whatever the group left behind (a background job of the command) goes with it.
            signalGroup(child.pid, 'SIGKILL');
            resolve({ code, signal, timedOut });
        });
    });
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


/***/ })

};
