export const id = 403;
export const ids = [403];
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
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2876);
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

/***/ 4403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKubectlRollbacker: () => (/* binding */ createKubectlRollbacker)
});

// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/providers/shared/kubernetesNames.ts
var kubernetesNames = __webpack_require__(7990);
// EXTERNAL MODULE: ./src/providers/shared/rollbackRequest.ts
var rollbackRequest = __webpack_require__(3963);
// EXTERNAL MODULE: ./src/providers/kubernetes/kubectl.ts
var kubernetes_kubectl = __webpack_require__(6653);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/providers/kubernetes/rolloutSchema.ts

// The fields of `kubectl get deployment -o json` and `kubectl get replicasets -o json` that the rollback
// preview reads (kubernetes/api apps/v1 v0.32.13); zod strips the rest.
const stringMap = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
const container = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), image: schemas/* string */.YjP().optional() });
const podTemplate = schemas/* object */.Ikc({
    spec: schemas/* object */.Ikc({
        containers: schemas/* array */.YOg(container),
        initContainers: schemas/* array */.YOg(container).optional(),
    }),
});
const labelSelectorSchema = schemas/* object */.Ikc({
    matchLabels: stringMap.optional(),
    matchExpressions: schemas/* array */.YOg(schemas/* object */.Ikc({
        key: schemas/* string */.YjP(),
        operator: schemas/* enum */.k5n(['In', 'NotIn', 'Exists', 'DoesNotExist']),
        values: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    }))
        .optional(),
});
const rolloutDeploymentSchema = schemas/* object */.Ikc({
    metadata: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        uid: schemas/* string */.YjP(),
        labels: stringMap.optional(),
        annotations: stringMap.optional(),
    }),
    spec: schemas/* object */.Ikc({
        selector: labelSelectorSchema,
        template: podTemplate,
        paused: schemas/* boolean */.zMY().optional(),
    }),
});
const replicaSetListSchema = schemas/* object */.Ikc({
    items: schemas/* array */.YOg(schemas/* object */.Ikc({
        metadata: schemas/* object */.Ikc({
            name: schemas/* string */.YjP(),
            annotations: stringMap.optional(),
            ownerReferences: schemas/* array */.YOg(schemas/* object */.Ikc({ uid: schemas/* string */.YjP(), controller: schemas/* boolean */.zMY().optional() })).optional(),
        }),
        spec: schemas/* object */.Ikc({ template: podTemplate.optional() }),
    })),
});

;// CONCATENATED MODULE: ./src/providers/kubernetes/kubectlRollbacker.ts





const revisionAnnotation = 'deployment.kubernetes.io/revision';
/** `kubectl rollout undo` of one Deployment, with the history read first through `kubectl get`. */
function createKubectlRollbacker(options) {
    const tool = options.kubectl ?? 'kubectl';
    const name = options.deployment;
    const invalid = (0,kubernetesNames/* invalidKubernetesNames */.W)({
        object: { name: options.deployment, kind: 'Deployment name (a DNS-1123 subdomain)' },
        namespace: options.namespace,
        context: { name: options.context, kind: 'kubectl context' },
    });
    const kubectl = (args, signal) => (0,kubernetes_kubectl/* runKubectl */.Un)(tool, [...args, ...(0,kubernetes_kubectl/* clusterArgs */.cx)(options)], signal, options.env);
    async function readDeployment(signal) {
        const what = `get deployment ${name}`;
        const result = await kubectl(['get', 'deployment', name, '-o', 'json'], signal);
        if (result.exitCode !== 0)
            throw (0,kubernetes_kubectl/* failure */.V2)(what, result);
        return (0,kubernetes_kubectl/* parseOutput */.Fw)(rolloutDeploymentSchema, result, what);
    }
    // The ReplicaSets `rollout undo` chooses from: those the Deployment's selector finds and that it controls.
    async function readReplicaSets(deployment, signal) {
        const selector = selectorString(deployment.spec.selector);
        const result = await kubectl(['get', 'replicasets', ...(selector ? ['-l', selector] : []), '-o', 'json'], signal);
        if (result.exitCode !== 0)
            throw (0,kubernetes_kubectl/* failure */.V2)('get replicasets', result);
        const { items } = (0,kubernetes_kubectl/* parseOutput */.Fw)(replicaSetListSchema, result, 'get replicasets');
        return items.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller === true && owner.uid === deployment.metadata.uid));
    }
    return {
        async preview(toRevision, signal) {
            const wanted = (0,rollbackRequest/* checkedRevision */.n)(invalid, toRevision);
            const deployment = await readDeployment(signal);
            const replicaSets = await readReplicaSets(deployment, signal);
            const currentRevision = deploymentRevision(deployment);
            const chosen = chooseRevision(replicaSets, wanted);
            const gitOps = gitOpsManager(deployment.metadata.labels ?? {}, deployment.metadata.annotations ?? {});
            const current = currentRevision === undefined
                ? undefined
                : { revision: currentRevision, images: imagesOf(deployment.spec.template) };
            const target = chosen && {
                revision: chosen.revision,
                images: imagesOf(chosen.replicaSet.spec.template),
            };
            return { ...(current ? { current } : {}), ...(target ? { target } : {}), ...(gitOps ? { gitOps } : {}) };
        },
        async undo(toRevision, signal) {
            const wanted = (0,rollbackRequest/* checkedRevision */.n)(invalid, toRevision);
            const args = [
                'rollout',
                'undo',
                `deployment/${name}`,
                ...(wanted === undefined ? [] : [`--to-revision=${wanted}`]),
            ];
            const result = await kubectl(args, signal);
            if (result.exitCode !== 0)
                throw (0,kubernetes_kubectl/* failure */.V2)('rollout undo', result);
            const message = (0,kubernetes_kubectl/* lastLine */.fM)(result.stdout) ?? '';
            // kubectl's NamePrinter: "deployment.apps/NAME rolled back" or "... skipped rollback (current template already matches revision N)".
            if (/ skipped rollback\b/.test(message))
                return { rolledBack: false, message };
            if (/ rolled back$/.test(message))
                return { rolledBack: true, message };
            throw new ports/* ClusterError */.b$(`kubectl rollout undo exited 0 but printed neither "rolled back" nor "skipped rollback": ${message || '(nothing)'}`);
        },
    };
}
/** The Deployment's own revision annotation; absent before the controller has set one. */
function deploymentRevision(deployment) {
    const value = deployment.metadata.annotations?.[revisionAnnotation];
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
/** As kubectl reads it (pkg/util/deployment Revision): missing is 0, unparsable leaves the ReplicaSet out. */
function replicaSetRevision(rs) {
    const value = rs.metadata.annotations?.[revisionAnnotation];
    if (value === undefined)
        return 0;
    return /^-?\d+$/.test(value) ? Number(value) : undefined;
}
/**
 * The ReplicaSet `rollout undo` restores, chosen as kubectl 1.32 does (pkg/polymorphichelpers/rollback.go
 * deploymentRevision): the one with `toRevision`, or else the second-highest revision; none when there is none.
 */
function chooseRevision(replicaSets, toRevision) {
    let latest;
    let previous;
    for (const replicaSet of replicaSets) {
        const revision = replicaSetRevision(replicaSet);
        if (revision === undefined)
            continue;
        if (toRevision !== undefined) {
            if (revision === toRevision)
                return { revision, replicaSet };
        }
        else if (!latest || latest.revision < revision) {
            previous = latest;
            latest = { revision, replicaSet };
        }
        else if (!previous || previous.revision < revision) {
            previous = { revision, replicaSet };
        }
    }
    return toRevision === undefined ? previous : undefined;
}
/** Every image of a pod template: its containers', then its init containers'. */
function imagesOf(template) {
    if (!template)
        return [];
    return [...template.spec.containers, ...(template.spec.initContainers ?? [])].flatMap((container) => container.image ? [container.image] : []);
}
/** The label selector as `-l` takes it (what metav1.LabelSelectorAsSelector prints). */
function selectorString(selector) {
    const labels = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
    const expressions = (selector.matchExpressions ?? []).map(({ key, operator, values = [] }) => {
        switch (operator) {
            case 'In':
                return `${key} in (${values.join(',')})`;
            case 'NotIn':
                return `${key} notin (${values.join(',')})`;
            case 'Exists':
                return key;
            case 'DoesNotExist':
                return `!${key}`;
        }
    });
    return [...labels, ...expressions].join(',');
}
/**
 * Argo CD marks what it syncs with its tracking-id annotation (annotation tracking), or with a tracking label
 * (argocd.argoproj.io/instance, or app.kubernetes.io/instance, which Helm sets too, so only together with an
 * Argo CD annotation); Flux's kustomize- and helm-controllers label what they apply.
 */
function gitOpsManager(labels, annotations) {
    const argoAnnotation = Object.keys(annotations).some((key) => key.startsWith('argocd.argoproj.io/'));
    if ('argocd.argoproj.io/tracking-id' in annotations ||
        'argocd.argoproj.io/instance' in labels ||
        ('app.kubernetes.io/instance' in labels && argoAnnotation)) {
        return 'Argo CD';
    }
    if ('kustomize.toolkit.fluxcd.io/name' in labels || 'helm.toolkit.fluxcd.io/name' in labels)
        return 'Flux';
    return undefined;
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
