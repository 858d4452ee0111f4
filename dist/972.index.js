export const id = 972;
export const ids = [972];
export const modules = {

/***/ 6653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ parseOutput),
/* harmony export */   Un: () => (/* binding */ runKubectl),
/* harmony export */   V2: () => (/* binding */ failure),
/* harmony export */   cx: () => (/* binding */ clusterArgs),
/* harmony export */   fM: () => (/* binding */ lastLine)
/* harmony export */ });
/* unused harmony export kubectlMessage */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1158);


/**
 * Runs kubectl with an argument array (never a shell), output captured and kept out of the log.
 *
 * @actions/exec has no AbortSignal and does not hand out the child, so an abort cannot kill kubectl:
 * it settles this call at once and leaves kubectl to end on its own --request-timeout / --timeout,
 * which is why every invocation must carry one.
 */
async function runKubectl(tool, args, signal, env) {
    if (signal.aborted)
        throw stopped();
    let onAbort = () => undefined;
    const aborted = new Promise((_resolve, reject) => {
        onAbort = () => reject(stopped());
        signal.addEventListener('abort', onAbort, { once: true });
    });
    const environment = env ? { ...inherited(), ...env } : undefined;
    const run = (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(tool, args, {
        ignoreReturnCode: true,
        silent: true,
        ...(environment ? { env: environment } : {}),
    }).catch((error) => {
        throw notStarted(tool, error);
    });
    try {
        return await Promise.race([run, aborted]);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}
function inherited() {
    return Object.fromEntries(Object.entries(process.env).filter((entry) => entry[1] !== undefined));
}
function stopped() {
    return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$('stopped: the step was cancelled or reached its time limit');
}
// @actions/exec looks the tool up on PATH before spawning and says "Unable to locate executable file";
// a spawn that fails anyway surfaces as "... spawn <tool> ENOENT".
function notStarted(tool, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unable to locate executable file|ENOENT/.test(message)) {
        return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(`kubectl is not installed or not on PATH: ${tool} was not found`);
    }
    return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(`kubectl could not be started (${tool}): ${firstLine(message)}`);
}
const klogLine = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s/;
/** kubectl's own complaint: its first few lines, client-go's klog noise left out when there is more. */
function kubectlMessage(result) {
    const lines = result.stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const plain = lines.filter((line) => !klogLine.test(line));
    const chosen = (plain.length > 0 ? plain : lines).slice(0, 3).join(' / ');
    return chosen || `exit code ${result.exitCode} and nothing on stderr`;
}
function failure(what, result) {
    return new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(`kubectl ${what} failed: ${kubectlMessage(result)}`);
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
// Bounds every request kubectl makes, so that a silent apiserver cannot hold the step.
const requestTimeout = '--request-timeout=30s';
/** The arguments every invocation ends with: one argument each, so a context can never be read as another flag's value. */
function clusterArgs(options) {
    const context = options.context ? [`--context=${options.context}`] : [];
    const tls = options.insecureSkipTlsVerify ? ['--insecure-skip-tls-verify=true'] : [];
    return ['--namespace', options.namespace, ...context, ...tls, requestTimeout];
}
/** kubectl's `-o json` output, checked against the fields the caller reads. */
function parseOutput(schema, result, what) {
    let json;
    try {
        json = JSON.parse(result.stdout);
    }
    catch {
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(`kubectl ${what} printed something other than JSON: ${result.stdout.slice(0, 200)}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw new _engine_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(`kubectl ${what} printed JSON of an unexpected shape: ${issue?.message ?? ''}${where}`);
    }
    return parsed.data;
}
function lastLine(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .at(-1);
}


/***/ }),

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKubectlInspector: () => (/* binding */ createKubectlInspector)
});

// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/providers/kubernetes/kubectl.ts
var kubernetes_kubectl = __webpack_require__(6653);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/providers/kubernetes/podSchema.ts

// Only the fields the health check reads; kubectl's JSON carries many more, which zod strips.
const containerStatus = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    ready: schemas/* boolean */.zMY(),
    restartCount: schemas/* number */.aig().int().nonnegative(),
    state: schemas/* object */.Ikc({ waiting: schemas/* object */.Ikc({ reason: schemas/* string */.YjP().optional() }).optional() }).optional(),
    lastState: schemas/* object */.Ikc({ terminated: schemas/* object */.Ikc({ reason: schemas/* string */.YjP().optional() }).optional() }).optional(),
});
const podSchema = schemas/* object */.Ikc({
    metadata: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), deletionTimestamp: schemas/* string */.YjP().optional() }),
    status: schemas/* object */.Ikc({
        phase: schemas/* string */.YjP().optional(),
        conditions: schemas/* array */.YOg(schemas/* object */.Ikc({ type: schemas/* string */.YjP(), status: schemas/* string */.YjP() })).optional(),
        containerStatuses: schemas/* array */.YOg(containerStatus).optional(),
        initContainerStatuses: schemas/* array */.YOg(containerStatus).optional(),
    })
        .optional(),
});
const podListSchema = schemas/* object */.Ikc({ items: schemas/* array */.YOg(podSchema) });
const deploymentSchema = schemas/* object */.Ikc({
    spec: schemas/* object */.Ikc({
        selector: schemas/* object */.Ikc({
            matchLabels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
            matchExpressions: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
        }),
    }),
});
function toContainer(status) {
    const waitingReason = status.state?.waiting?.reason;
    const lastTerminationReason = status.lastState?.terminated?.reason;
    return {
        name: status.name,
        ready: status.ready,
        restartCount: status.restartCount,
        ...(waitingReason ? { waitingReason } : {}),
        ...(lastTerminationReason ? { lastTerminationReason } : {}),
    };
}
// Init containers are included: one stuck in CrashLoopBackOff keeps the pod from ever starting.
/**
 * The live pods: a terminating pod (the previous release scaling down) and a finished one (an
 * evicted pod lingers for days) say nothing about the release being watched.
 */
function toPodStates(list) {
    const live = list.items.filter((pod) => !pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed');
    return live.map((pod) => ({
        name: pod.metadata.name,
        phase: pod.status?.phase ?? 'Unknown',
        ready: pod.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True') ?? false,
        containers: [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].map(toContainer),
    }));
}

;// CONCATENATED MODULE: ./src/providers/kubernetes/kubectlInspector.ts



// `rollout status` ends this way when the rollout is merely not done: an answer, not a cluster failure.
const notComplete = /^error: (timed out waiting for the condition|deployment ".*" exceeded its progress deadline)/m;
function createKubectlInspector(options) {
    const tool = options.kubectl ?? 'kubectl';
    const common = (0,kubernetes_kubectl/* clusterArgs */.cx)(options);
    const kubectl = (args, signal) => (0,kubernetes_kubectl/* runKubectl */.Un)(tool, [...args, ...common], signal, options.env);
    let selector;
    const podSelector = (signal) => {
        if (options.selector !== undefined)
            return Promise.resolve(options.selector);
        selector ??= deploymentSelector(signal).catch((error) => {
            selector = undefined; // a passing outage must not stick
            throw error;
        });
        return selector;
    };
    async function deploymentSelector(signal) {
        const result = await kubectl(['get', 'deployment', options.deployment, '-o', 'json'], signal);
        if (result.exitCode !== 0)
            throw (0,kubernetes_kubectl/* failure */.V2)(`get deployment ${options.deployment}`, result);
        const { matchLabels, matchExpressions } = (0,kubernetes_kubectl/* parseOutput */.Fw)(deploymentSchema, result, `get deployment ${options.deployment}`)
            .spec.selector;
        const labels = Object.entries(matchLabels ?? {});
        if (labels.length === 0 || (matchExpressions?.length ?? 0) > 0) {
            throw new ports/* ClusterError */.b$(`Deployment ${options.deployment} does not select its pods by matchLabels alone; set kube-selector`);
        }
        return labels.map(([key, value]) => `${key}=${value}`).join(',');
    }
    return {
        async waitForRollout(timeoutMs, signal) {
            // --timeout=0s would mean "wait forever" to kubectl.
            const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
            const result = await kubectl(['rollout', 'status', `deployment/${options.deployment}`, `--timeout=${seconds}s`], signal);
            const lastStatus = (0,kubernetes_kubectl/* lastLine */.fM)(result.stdout);
            if (result.exitCode === 0)
                return { complete: true, message: lastStatus ?? `deployment "${options.deployment}" successfully rolled out` };
            const error = notComplete.exec(result.stderr)?.[0];
            if (!error)
                throw (0,kubernetes_kubectl/* failure */.V2)('rollout status', result);
            return { complete: false, message: lastStatus ? `${error} (last status: ${lastStatus})` : error };
        },
        async listPods(signal) {
            const labels = await podSelector(signal);
            const result = await kubectl(['get', 'pods', '-l', labels, '-o', 'json'], signal);
            if (result.exitCode !== 0)
                throw (0,kubernetes_kubectl/* failure */.V2)('get pods', result);
            return toPodStates((0,kubernetes_kubectl/* parseOutput */.Fw)(podListSchema, result, 'get pods'));
        },
        async podLogs(since, signal) {
            const labels = await podSelector(signal);
            // --tail=-1: with -l kubectl keeps only the last 10 lines per container unless told otherwise.
            const args = [
                'logs',
                '-l',
                labels,
                `--since-time=${since.toISOString()}`,
                '--all-containers',
                '--prefix',
                '--tail=-1',
            ];
            const result = await kubectl(args, signal);
            if (result.exitCode !== 0)
                throw (0,kubernetes_kubectl/* failure */.V2)('logs', result);
            return result.stdout.split('\n').filter((line) => line !== '');
        },
    };
}


/***/ })

};
