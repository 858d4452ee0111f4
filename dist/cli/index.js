#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
    }),
};


/***/ }),

/***/ 2194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ requestHeaders),
/* harmony export */   Gc: () => (/* binding */ textHeaders),
/* harmony export */   Nm: () => (/* binding */ requestRules),
/* harmony export */   _U: () => (/* binding */ checkSchema),
/* harmony export */   _v: () => (/* binding */ checkShorthand),
/* harmony export */   fL: () => (/* binding */ httpMethod),
/* harmony export */   zE: () => (/* binding */ requestShape)
/* harmony export */ });
/* unused harmony exports HTTP_METHODS, statusExpectation, expectSchema, checkObjectSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8532);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5996);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2155);



const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const httpMethod = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .transform((text) => text.toUpperCase())
    .pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(HTTP_METHODS, { error: `expected one of ${HTTP_METHODS.join(', ')}` }));
const STATUS_HINT = 'expected an HTTP status code from 100 to 599';
const statusCode = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: STATUS_HINT })
    .int({ error: STATUS_HINT })
    .min(100, { error: STATUS_HINT })
    .max(599, { error: STATUS_HINT });
const statusClass = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[1-5]xx$/, { error: 'expected a status class such as 2xx' });
const statusItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([statusCode, statusClass], { error: 'expected a status code (200) or a class (2xx)' });
const statusExpectation = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([statusItem, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(statusItem).min(1)], {
    error: 'expected a status code (200), a class (2xx) or a list of them ([200, 204])',
});
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()], { error: 'expected a text, number or boolean value' })
    .transform(String);
// RFC 9110: a field name is a token; a value may not hold CR, LF or NUL (a secret pasted with its
// trailing newline is the usual way to get one), or the request fails only when it is sent.
const headerName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid header name`,
});
// eslint-disable-next-line no-control-regex
const isHeaderValue = (value) => !/[\r\n\u0000]/.test(value);
const HEADER_VALUE_RULE = { error: 'a header value cannot contain a line break or NUL; trim the secret' };
const headerValue = scalar.refine(isHeaderValue, HEADER_VALUE_RULE);
/** Headers written as text pairs (`Name: value` lines, already split): the same rules as a check's. */
const textHeaders = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(headerName, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine(isHeaderValue, HEADER_VALUE_RULE));
const requestHeaders = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(headerName, headerValue);
const expectSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    status: statusExpectation.optional(),
    'body-contains': zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())]).optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), scalar).optional(),
})
    .superRefine((expect, ctx) => {
    for (const key of ['json', 'headers']) {
        for (const [path, value] of Object.entries(expect[key] ?? {})) {
            if ((0,_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .isWrittenAsRegex */ .j)(value) && !(0,_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .asRegex */ .W)(value)) {
                ctx.addIssue({ code: 'custom', path: [key, path], message: `${value} is not a valid regular expression` });
            }
        }
    }
});
/** What a smoke check and a flow step both say: the request and what its answer must be. */
const requestShape = {
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    url: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .urlOrPath */ .u8.optional(),
    path: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .urlOrPath */ .u8.optional(),
    method: httpMethod.prefault('GET'),
    headers: requestHeaders.prefault({}),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    expect: expectSchema.prefault({}),
    timeout: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .durationBetween */ .h9)(1, 3_600_000).prefault('10s'),
    retries: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(0, 10).prefault(2),
    'retry-on': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(statusCode).prefault([]),
    'follow-redirects': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt.prefault(false),
    /** Opt-in, for this request only: a self-signed staging certificate must not turn verification off elsewhere. */
    'insecure-skip-tls-verify': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt.prefault(false),
};
/** The rules a request must keep, for smoke checks and flow steps alike. */
function requestRules(check, ctx) {
    if ((check.url === undefined) === (check.path === undefined)) {
        ctx.addIssue({
            code: 'custom',
            message: 'set exactly one of url (a full URL) or path (resolved against base-url)',
        });
    }
    if (check.body !== undefined && check.json !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['json'], message: 'set body or json, not both' });
    }
    if ((check.body !== undefined || check.json !== undefined) && (check.method === 'GET' || check.method === 'HEAD')) {
        ctx.addIssue({
            code: 'custom',
            path: ['method'],
            message: `${check.method} sends no body; set method: POST (or PUT, PATCH) to send body or json`,
        });
    }
    if (check.method === 'HEAD' && (check.expect['body-contains'] !== undefined || check.expect.json !== undefined)) {
        ctx.addIssue({
            code: 'custom',
            path: ['expect'],
            message: 'a HEAD answer has no body: expect status or headers only',
        });
    }
}
const checkObjectSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...requestShape,
    required: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt.prefault(true),
    /** A rate-limit check: this many requests at once, and at least one must be limited. */
    burst: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(2, 1_000).optional(),
})
    .superRefine(requestRules);
const SHORTHAND = /^(?:([A-Za-z]+)\s+)?(\S+)$/;
/** `/health`, `GET /api/v1/status` or a full URL: expect a 2xx. */
const checkShorthand = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((text, ctx) => {
    const match = SHORTHAND.exec(text.trim());
    if (!match) {
        ctx.addIssue({
            code: 'custom',
            message: `${JSON.stringify(text)} is not a check; use "/path", "GET /path" or a full URL`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    const [, verb, target = ''] = match;
    return { method: verb ?? 'GET', ...(target.startsWith('/') ? { path: target } : { url: target }) };
});
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([checkShorthand.pipe(checkObjectSchema), checkObjectSchema], {
    error: 'expected a check: "/path", "GET /path", a full URL, or an object with path or url',
});


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const DURATION_HINT = 'use e.g. 500ms, 30s, 5m, 1h or 1m30s';
/** Milliseconds for `500ms`, `30s`, `1m30s`, `30d`, `0`; undefined for anything else. */
function parseDuration(text) {
    const value = text.trim();
    if (value === '0')
        return 0;
    if (!DURATION.test(value))
        return undefined;
    let ms = 0;
    for (const [, amount, unit] of value.matchAll(PART)) {
        ms += Number(amount) * UNIT_MS[unit];
    }
    return Math.round(ms);
}
/** The shortest readable form: 1500 -> "1.5s", 90000 -> "1m30s". */
function formatDuration(ms) {
    if (ms < 1_000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1_000).toFixed(1))}s`;
    const days = Math.floor(ms / 86_400_000);
    const hours = Math.floor((ms % 86_400_000) / 3_600_000);
    const minutes = Math.floor((ms % 3_600_000) / 60_000);
    const seconds = Math.round((ms % 60_000) / 1_000);
    return ([days && `${days}d`, hours && `${hours}h`, minutes && `${minutes}m`, seconds && `${seconds}s`]
        .filter(Boolean)
        .join('') || '0s');
}


/***/ }),

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ kubeNamespace),
/* harmony export */   Hq: () => (/* binding */ headerLines),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   L6: () => (/* binding */ kubeName),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   d8: () => (/* binding */ wordList),
/* harmony export */   gm: () => (/* binding */ yamlList),
/* harmony export */   h9: () => (/* binding */ durationBetween),
/* harmony export */   q$: () => (/* binding */ isHttpUrl),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   u8: () => (/* binding */ urlOrPath),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ regexText)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8532);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4649);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4107);
/* harmony import */ var _kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5777);




// Inputs arrive from the runner as text and from config files as YAML values, so every field
// accepts both and says in its message which form it wants.
const quoted = (value) => JSON.stringify(typeof value === 'string' ? value : String(value));
/** A URL too broken to parse can still carry a password: never echo what stands before its last "@". */
const quotedUrl = (value) => quoted(value).replace(/\/\/\S*@/, '//***@');
/**
 * A duration from `min` to `max` milliseconds. Zero would fail every check at once, and timers
 * overflow past about 24 days (they then fire at once), so every duration has bounds.
 */
const durationBetween = (min, max) => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()], { error: `expected a duration; ${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HINT */ .Fp}` }).transform((value, ctx) => {
    const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(String(value));
    if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a duration; ${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HINT */ .Fp}` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    if (ms < min || ms > max) {
        ctx.addIssue({
            code: 'custom',
            message: `${quoted(value)} is out of range; use a duration from ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(min)} to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(max)}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return ms;
});
const wholeNumber = (min, max = Number.MAX_SAFE_INTEGER) => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: `expected a whole number from ${min} to ${max}` })
    .transform((value, ctx) => {
    const n = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a whole number from ${min} to ${max}` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return n;
});
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const flag = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: 'expected true or false' }).transform((value, ctx) => {
    if (typeof value === 'boolean')
        return value;
    if (TRUE.includes(value.trim()))
        return true;
    if (FALSE.includes(value.trim()))
        return false;
    ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a boolean; use true or false` });
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
});
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine(isHttpUrl, {
    error: (issue) => `${quotedUrl(issue.input)} is not an http(s) URL; use e.g. https://api.example.com`,
});
function isHttpUrl(text) {
    try {
        const { protocol } = new URL(text);
        return protocol === 'http:' || protocol === 'https:';
    }
    catch {
        return false;
    }
}
/** A full http(s) URL, or a path starting with "/" that resolves against base-url. */
const urlOrPath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((text) => text.startsWith('/') || isHttpUrl(text), {
    error: (issue) => `${quotedUrl(issue.input)} is neither a path starting with "/" nor an http(s) URL`,
});
/** A number, written as text (an input) or as a YAML number: thresholds, ratios, seconds. */
const decimal = (min, { exclusive = false } = {}) => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: 'expected a number such as 0.01' }).transform((value, ctx) => {
    const n = typeof value === 'number'
        ? value
        : /^\s*-?(\d+(\.\d*)?|\.\d+)(e-?\d+)?\s*$/i.test(value)
            ? Number(value)
            : Number.NaN;
    const inRange = exclusive ? n > min : n >= min;
    const percent = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
    if (percent) {
        ctx.addIssue({
            code: 'custom',
            message: `${quoted(value)} is a percentage; write it as a plain number, e.g. ${Number(percent[1]) / 100} for ${percent[1]}%`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    if (!Number.isFinite(n) || !inRange) {
        ctx.addIssue({
            code: 'custom',
            message: `${quoted(value)} is not a number ${exclusive ? 'above' : 'of at least'} ${min}; use e.g. ${examplesFrom(min, exclusive)}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return n;
});
/** Two numbers the limit accepts, for the error that names it: 0.01 or 2.5 where they are allowed. */
function examplesFrom(min, exclusive) {
    const allowed = [0.01, 2.5].filter((example) => (exclusive ? example > min : example >= min));
    return allowed.length === 2 ? allowed.join(' or ') : `${Math.max(min, 0.01) * 2} or ${Math.max(min, 0.01) * 10}`;
}
/**
 * One of a few words, with the accepted ones named and the likely one guessed; `refused` says why a word that
 * is accepted elsewhere is not here.
 */
const oneOf = (words, refused = {}) => zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(words, {
    error: (issue) => {
        const why = typeof issue.input === 'string' ? refused[issue.input] : undefined;
        if (why)
            return `${quoted(issue.input)} ${why}`;
        const guess = typeof issue.input === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .p)(issue.input, words) : undefined;
        return `${quoted(issue.input)} is not one of ${words.join(', ')}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`;
    },
});
/** A list written as YAML, or as text split on commas and new lines; `example` is what the error shows. */
const wordList = (example) => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).transform(String)), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], {
    error: `expected a list, e.g. "${example}"`,
})
    .transform((value) => (Array.isArray(value) ? value : value.split(/[,\n]/)).map((item) => item.trim()).filter((item) => item !== ''));
/** `Name: value` lines (an input) or a mapping (a file): headers sent with every query. */
const headerLines = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).transform(String))], {
    error: 'expected "Name: value" lines or a mapping',
})
    .transform((value, ctx) => {
    if (typeof value !== 'string')
        return value;
    const headers = {};
    for (const [index, line] of value.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        const colon = line.indexOf(':');
        if (colon <= 0) {
            // The line may be a secret: name the line, never show it.
            ctx.addIssue({ code: 'custom', message: `line ${index + 1} is not "Name: value"` });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    return headers;
});
/** A Kubernetes object name (RFC 1123 subdomain): also what keeps `api;rm -rf /` or `--kubeconfig=x` out of kubectl. */
const kubeName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_4__/* .DNS1123_SUBDOMAIN */ .ei, {
    error: (issue) => `${quoted(issue.input)} is not a Kubernetes name; use lower-case letters, digits, "-" and ".", starting and ending with a letter or digit`,
})
    .max(_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_SUBDOMAIN_CHARS */ .CX);
/** A namespace is an RFC 1123 label: a Kubernetes name without dots, at most 63 characters. */
const notNamespace = (issue) => `${quoted(issue.input)} is not a Kubernetes namespace; use at most ${_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LABEL_CHARS */ .ir} lower-case letters, digits and "-", starting and ending with a letter or digit`;
const kubeNamespace = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    // One message for a name both too long and wrongly written.
    .max(_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LABEL_CHARS */ .ir, { error: notNamespace, abort: true })
    .regex(_kubernetes_dns1123_js__WEBPACK_IMPORTED_MODULE_4__/* .DNS1123_LABEL */ .a0, { error: notNamespace });
/** A regular expression written as text; it must compile. */
const regexText = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((text) => {
    try {
        new RegExp(text);
        return true;
    }
    catch {
        return false;
    }
}, { error: (issue) => `${quoted(issue.input)} is not a valid regular expression` });
/**
 * A list key. An input's text is parsed as YAML before it gets here, so a string is a config file's
 * `key: |` block: the YAML an input needs, written where the file's own YAML list belongs.
 */
const yamlList = (item, form) => zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item, {
    error: (issue) => {
        if (issue.code !== 'invalid_type')
            return undefined;
        const got = typeOfValue(issue.input);
        const hint = got === 'a string' ? ': in a config file write the list itself, not a `|` block' : '';
        return `expected a YAML list of ${form}, got ${got}${hint}`;
    },
});
function typeOfValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 2364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ gateSourceShape),
/* harmony export */   i8: () => (/* binding */ DEFAULT_LOOKBACK_MS),
/* harmony export */   ke: () => (/* binding */ gateSourceRules),
/* harmony export */   vy: () => (/* binding */ gateSourceIssues)
/* harmony export */ });
/* unused harmony export GATE_SOURCES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9691);
/* harmony import */ var _checkSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2194);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5996);



/** Where a gate reads its number: a PromQL query, a Datadog metric query, or a JSON endpoint. */
const GATE_SOURCES = ['prometheus', 'datadog', 'web'];
const HOUR = 3_600_000;
/** Datadog ingests with a delay: a sample reads the last point of this much time, not the present instant. */
const DEFAULT_LOOKBACK_MS = 5 * 60_000;
/** The keys a gate adds to say where it reads: `source`, a Datadog `lookback`, a web gate's request and `value`. */
const gateSourceShape = {
    source: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(GATE_SOURCES).optional(),
    lookback: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .durationBetween */ .h9)(1_000, 24 * HOUR).optional(),
    url: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .urlOrPath */ .u8.optional(),
    path: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .urlOrPath */ .u8.optional(),
    method: _checkSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .httpMethod */ .fL.optional(),
    headers: _checkSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .requestHeaders */ .A1.optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
    /** Dot path into the JSON answer, as version-field; a plain-text answer is the number itself. */
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    'insecure-skip-tls-verify': _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt.optional(),
};
const WEB_KEYS = ['url', 'path', 'method', 'headers', 'body', 'json', 'value', 'insecure-skip-tls-verify'];
/** What each source needs and what it cannot use, said where the gate is written. */
function gateSourceRules(gate, ctx) {
    const issue = (path, message) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (gate.source !== 'datadog' && gate.lookback !== undefined) {
        issue('lookback', 'is how far back a Datadog gate reads: set source: datadog, or remove it');
    }
    if (gate.source !== 'web') {
        if (gate.query === undefined)
            issue('query', `a ${gate.source ?? 'prometheus'} gate needs query`);
        for (const key of WEB_KEYS) {
            if (gate[key] !== undefined)
                issue(key, 'belongs to a web gate: set source: web, or remove it');
        }
        return;
    }
    if (gate.query !== undefined)
        issue('query', 'a web gate reads url (or path) and value, not a query');
    if ((gate.url === undefined) === (gate.path === undefined)) {
        issue('url', 'a web gate needs exactly one of url (a full URL) or path (resolved against base-url)');
    }
    if (gate.value === undefined) {
        issue('value', 'a web gate needs value: the dot path of the number in the JSON answer (e.g. data.score)');
    }
    // A JSON endpoint answers for now only: there is no earlier value to take a ratio to.
    if (gate['max-ratio'] !== undefined)
        issue('max-ratio', 'a web gate has no baseline: use max or min');
    if (gate['traffic-query'] !== undefined)
        issue('traffic-query', 'a web gate has no queries to count requests with');
    if (gate.body !== undefined && gate.json !== undefined)
        issue('json', 'set body or json, not both');
    const method = gate.method ?? 'GET';
    if ((gate.body !== undefined || gate.json !== undefined) && (method === 'GET' || method === 'HEAD')) {
        issue('method', `${method} sends no body; set method: POST (or PUT, PATCH) to send body or json`);
    }
}
/** What the sources of the listed gates and the comparisons need from the rest of the configuration. */
function gateSourceIssues(config) {
    const issues = [];
    const unsourced = (list, index, sources) => issues.push({
        path: [list, index, 'source'],
        message: `is needed without prometheus-url: set source: ${sources}, or prometheus-url for a PromQL ${list === 'gates' ? 'gate' : 'comparison'}`,
    });
    config.gates.forEach((gate, index) => {
        if (gate.source === undefined && config['prometheus-url'] === undefined)
            unsourced('gates', index, 'datadog or web');
        if (gate.source === 'web' && gate.path !== undefined && config['base-url'] === undefined) {
            issues.push({ path: ['gates', index, 'path'], message: 'needs base-url (or give a full url)' });
        }
    });
    config.compare.forEach((entry, index) => {
        if (entry.source === undefined && config['prometheus-url'] === undefined)
            unsourced('compare', index, 'datadog');
    });
    const readsMetrics = [...config.gates, ...config.compare].some((each) => each.source === 'datadog') ||
        config['datadog-error-rate-query'] !== undefined;
    const readsMonitors = config['datadog-monitor-tags'] !== undefined;
    // Said for what the run reads, so the reader sees which key turned Datadog on.
    const message = readsMetrics
        ? 'is required to read Datadog metrics: a gate or a comparison reads Datadog (source: datadog or datadog-error-rate-query)'
        : 'is required to read Datadog monitors: datadog-monitor-tags turns on the datadog-monitors gate';
    if (readsMetrics || readsMonitors) {
        for (const key of ['datadog-api-key', 'datadog-app-key']) {
            if (config[key] === undefined)
                issues.push({ path: [key], message });
        }
    }
    return issues;
}


/***/ }),

/***/ 9343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PU: () => (/* binding */ slackIssues),
/* harmony export */   lk: () => (/* binding */ CREDENTIAL_KEYS),
/* harmony export */   mj: () => (/* binding */ DATADOG_SITES),
/* harmony export */   xR: () => (/* binding */ noticesShape)
/* harmony export */ });
/* unused harmony exports SLACK_CHANNEL_ID, SLACK_API_URL, NOTICE_EVENTS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9691);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5996);


const DATADOG_SITES = [
    'datadoghq.com',
    'us3.datadoghq.com',
    'us5.datadoghq.com',
    'datadoghq.eu',
    'ap1.datadoghq.com',
    'ap2.datadoghq.com',
    'uk1.datadoghq.com',
    'ddog-gov.com',
    'us2.ddog-gov.com',
];
/** A conversation ID as Slack's Web API spec gives it: C (channel), G (private group) or D (direct message). */
const SLACK_CHANNEL_ID = /^[CGD][A-Z0-9]{8,}$/;
const SLACK_API_URL = 'https://slack.com/api';
const NOTICE_EVENTS = ['start', 'success', 'warning', 'failure', 'cancelled'];
// A cancel mid-deploy is news to whoever asked to hear of failures: `failure` includes `cancelled`.
const noticeEvents = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .wordList */ .d8)('failure, cancelled').pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(NOTICE_EVENTS))
    .transform((events) => new Set(events.includes('failure') ? [...events, 'cancelled'] : events)));
/** The notices' keys: Grafana annotations, Datadog events, Slack messages. Every credential is a secret. */
const noticesShape = {
    'grafana-url': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3.optional().meta({ description: 'Grafana base URL; turns Grafana on.' }),
    'grafana-token': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .meta({ description: 'Service-account token, sent as Authorization: Bearer.' }),
    'grafana-dashboard-uid': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .meta({ description: 'Annotate this dashboard; without it the annotation is organization-wide.' }),
    'grafana-tags': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .wordList */ .d8)('team:shop, tier:web').prefault([]).meta({
        description: 'Extra tags; always added: deploy, service:<service>, env:<environment>, version:<version>.',
    }),
    'datadog-api-key': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().meta({ description: 'Turns Datadog events on.' }),
    'datadog-site': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(DATADOG_SITES).prefault('datadoghq.com').meta({
        description: "One of Datadog's sites; the API host is api.<site>.",
        default: 'datadoghq.com',
    }),
    'datadog-api-url': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3
        .optional()
        .meta({ description: 'Overrides the API host derived from the site (a proxy, a private endpoint).' }),
    'datadog-tags': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .wordList */ .d8)('team:shop, tier:web')
        .prefault([])
        .meta({ description: 'Extra tags; always added: service:, env:, version:.' }),
    'slack-webhook-url': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3.optional().meta({ description: 'A Slack incoming-webhook URL; turns Slack on.' }),
    'slack-bot-token': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().meta({
        description: 'A Slack bot token (xoxb-…, scope chat:write) with slack-channel: one message per deploy through the Web API, updated with the verdict. Instead of slack-webhook-url.',
    }),
    'slack-channel': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(SLACK_CHANNEL_ID, {
        error: (issue) => `${JSON.stringify(issue.input)} is not a Slack channel ID (C, G or D and 8 or more capital letters and digits, e.g. C0123456789): in Slack, open the channel's details; the ID is at the bottom`,
    })
        .optional()
        .meta({ description: 'The channel ID the bot posts to (e.g. C0123456789); invite the app to it.' }),
    'slack-api-url': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3.prefault(SLACK_API_URL).meta({
        description: "Slack's Web API base URL (for Slack's government cloud, a proxy, or tests).",
        default: SLACK_API_URL,
    }),
    'slack-notify-on': noticeEvents.prefault('start,success,warning,failure').meta({
        description: 'Which events post a message (rollback outcomes and cancelled are part of failure).',
        default: 'start,success,warning,failure',
    }),
    'slack-mention': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .meta({ description: 'Prepended on failure, e.g. <!subteam^S0123> or <@U0123>.' }),
    'runbook-url': _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3.optional().meta({ description: 'Linked from every failure notice and the summary.' }),
};
/** Keys whose whole value is a credential. */
const CREDENTIAL_KEYS = [
    'grafana-token',
    'datadog-api-key',
    'datadog-app-key',
    'slack-webhook-url',
    'slack-bot-token',
    'github-token',
];
/**
 * The two Slack paths exclude each other: a webhook posts where its app was set up, a bot where slack-channel says.
 * Both set is an error rather than a silent choice: which one a team meant cannot be told.
 */
function slackIssues(config) {
    const issues = [];
    const bot = config['slack-bot-token'] !== undefined;
    if (bot && config['slack-webhook-url'] !== undefined)
        issues.push({
            path: ['slack-webhook-url'],
            message: 'set slack-bot-token (one message per deploy, updated with the verdict) or slack-webhook-url (one message per event), not both',
        });
    if (bot && config['slack-channel'] === undefined)
        issues.push({
            path: ['slack-channel'],
            message: 'required with slack-bot-token: the ID of the channel to post to (e.g. C0123456789)',
        });
    if (!bot && config['slack-channel'] !== undefined)
        issues.push({
            path: ['slack-bot-token'],
            message: 'required with slack-channel: a bot token (xoxb-…) with chat:write; a webhook posts to its own channel',
        });
    return issues;
}


/***/ }),

/***/ 2155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ asRegex),
/* harmony export */   j: () => (/* binding */ isWrittenAsRegex)
/* harmony export */ });
const WRITTEN_AS_REGEX = /^\/(.+)\/([dgimsuy]*)$/s;
/** A string written `/pattern/flags` is a regular expression; anything else is a literal value. */
function isWrittenAsRegex(value) {
    return typeof value === 'string' && WRITTEN_AS_REGEX.test(value);
}
/** The regular expression a `/pattern/flags` string stands for; undefined for literals and for patterns that do not compile (the schema rejects those first). */
function asRegex(value) {
    if (!isWrittenAsRegex(value))
        return undefined;
    const [, source, flags] = WRITTEN_AS_REGEX.exec(value);
    try {
        return new RegExp(source, flags);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/** The known word closest to `word`, when it is close enough to be a likely typo. */
function nearest(word, known) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/** The message of anything thrown, for a report line: errors from other realms and non-errors too. */
function messageOf(error) {
    return error?.message ?? String(error);
}


/***/ }),

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ urlParts),
/* harmony export */   o: () => (/* binding */ hasHeader)
/* harmony export */ });
/** Host and path of a URL for messages; the text itself when it does not parse. */
function urlParts(url) {
    try {
        const { host, hostname, pathname } = new URL(url);
        return { host, hostname, pathname };
    }
    catch {
        return { host: url, hostname: url, pathname: url };
    }
}
/** HTTP header names compare case-insensitively. */
function hasHeader(headers, name) {
    const wanted = name.toLowerCase();
    return Object.keys(headers).some((key) => key.toLowerCase() === wanted);
}


/***/ }),

/***/ 5777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ MAX_SUBDOMAIN_CHARS),
/* harmony export */   a0: () => (/* binding */ DNS1123_LABEL),
/* harmony export */   ei: () => (/* binding */ DNS1123_SUBDOMAIN),
/* harmony export */   ir: () => (/* binding */ MAX_LABEL_CHARS)
/* harmony export */ });
// DNS-1123, as Kubernetes checks object names: a subdomain is dot-separated labels, a label lower-case
// letters, digits and "-", starting and ending with a letter or digit. The configuration and the CLIs'
// providers hold names to the same rule.
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL_CHARS = 63;
const MAX_SUBDOMAIN_CHARS = 253;


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ promqlDurationMs),
/* harmony export */   gf: () => (/* binding */ rangeSelectors),
/* harmony export */   ng: () => (/* binding */ reachBackMs)
/* harmony export */ });
const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
    y: 31_536_000_000,
};
const DURATION = String.raw `(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w|y))+`;
const SELECTOR = new RegExp(String.raw `\[\s*(${DURATION})\s*(?::[^\]]*)?\]`, 'g');
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/g;
// A string may hold brackets (a regex such as "[45].."): they are no selectors.
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g;
/** The literal ranges of a PromQL query, in the order written; a `{{range}}` not yet filled is none. */
function rangeSelectors(query) {
    const code = query.replace(STRING_LITERAL, '""');
    return [...code.matchAll(SELECTOR)].map(([text, duration]) => ({ text, ms: promqlDurationMs(duration ?? '') }));
}
/** Milliseconds of a PromQL duration such as `1h30m`. */
function promqlDurationMs(duration) {
    let ms = 0;
    for (const [, amount, unit] of duration.matchAll(PART))
        ms += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
    return ms;
}
/** How far back the longest range of `query` reaches from the moment it is evaluated; 0 with none. */
function reachBackMs(query) {
    return Math.max(0, ...rangeSelectors(query).map((range) => range.ms));
}


/***/ }),

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ ProbeError),
/* harmony export */   BT: () => (/* binding */ TrackerError),
/* harmony export */   ZS: () => (/* binding */ RollbackError),
/* harmony export */   b$: () => (/* binding */ ClusterError),
/* harmony export */   sg: () => (/* binding */ DependencyError),
/* harmony export */   vh: () => (/* binding */ MetricError)
/* harmony export */ });
// The engine's only view of the outside world. Providers implement these; tests fake them.
class ProbeError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'ProbeError';
    }
    /** The run's signal aborted: the step was cancelled, or reached its hard time limit. */
    static stopped() {
        return new ProbeError('aborted', 'stopped: the step was cancelled or reached its time limit');
    }
}
/** The metric backend failed to answer (HTTP error, timeout, `status: error`): the message says what failed. */
class MetricError extends Error {
    queryRejected;
    rateLimited;
    constructor(message, 
    /** The backend refused the query itself (malformed PromQL): a configuration error, not a passing fault. */
    queryRejected = false, 
    /** The backend turned the request away for its rate limit (HTTP 429): counted apart, since the fix is fewer requests. */
    rateLimited = false) {
        super(message);
        this.queryRejected = queryRejected;
        this.rateLimited = rateLimited;
        this.name = 'MetricError';
    }
}
/** kubectl failed: not installed, cluster unreachable, forbidden. The message is kubectl's own. */
class ClusterError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ClusterError';
    }
}
/** The rollback ran and failed: its message, and the last lines it printed when it is a command. */
class RollbackError extends Error {
    output;
    constructor(message, output) {
        super(message);
        this.output = output;
        this.name = 'RollbackError';
    }
}
/** The dependency did not answer as it should: the message says what failed, with no secret in it. */
class DependencyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DependencyError';
    }
}
/** The tracker's API turned a request away or gave no answer: the message says what failed, with no secret. */
class TrackerError extends Error {
    permission;
    constructor(message, 
    /** What the token lacks, as a workflow's permissions block writes it (deployments: write). */
    permission) {
        super(message);
        this.permission = permission;
        this.name = 'TrackerError';
    }
}


/***/ }),

/***/ 1958:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
// Brackets too: a response must not turn into a link or an image in the summary.
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '[': '&#91;',
    ']': '&#93;',
};
/** Text that came from the network must render as text, never as markup. */
function escapeHtml(text) {
    return text.replace(/[&<>"'[\]]/g, (char) => HTML[char] ?? char);
}
// A pod name, a label or a line of a response can be any length; a cell shows the start of it.
const CELL_CHARS = 1_000;
/** Safe inside a Markdown table cell: escaped, one line, no column breaks, at most CELL_CHARS of the text. */
function tableCell(text) {
    const cut = text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
    return escapeHtml(cut).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code that cannot be broken out of by backticks in the value. */
function inlineCode(text) {
    return `<code>${escapeHtml(text)}</code>`;
}


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   dL: () => (/* binding */ findSecrets),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   n3: () => (/* binding */ headerSecrets)
/* harmony export */ });
/* harmony import */ var _config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9343);

const MASK = '***';
const PROMETHEUS_HEADERS = 'prometheus-headers';
// Registering a one- or two-character value would blank that text out of every log line.
const MIN_SECRET_LENGTH = 3;
// Credentials end at the last "@" before the host, as URL parsers read them: `u:p@ss@host` has the password `p@ss`.
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/([^\s/?#:]*)(?::([^\s/?#]*))?@/gi;
/**
 * Every value in raw configuration that must never be printed: the values of any request `headers` map and
 * the user and password of any URL. It reads the raw layers, before validation, so that even an
 * error message about an invalid value cannot show one.
 */
function findSecrets(raw) {
    const found = new Set();
    const add = (value) => {
        if (value && value.length >= MIN_SECRET_LENGTH)
            found.add(value);
    };
    const visit = (value, key, parent) => {
        if (typeof value === 'string') {
            for (const [, user = '', password] of value.matchAll(URL_CREDENTIALS))
                urlCredentialSecrets(user, password).forEach(add);
            // `prometheus-headers` as an input is "Name: value" lines; each value authenticates.
            if (key === PROMETHEUS_HEADERS) {
                for (const line of value.split('\n')) {
                    const colon = line.indexOf(':');
                    headerSecrets(line.slice(0, Math.max(colon, 0)), line.slice(colon + 1).trim()).forEach(add);
                }
            }
            if (key !== undefined && _config_noticesSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_KEYS */ .lk.includes(key)) {
                add(value);
                // A webhook URL's path is the credential on its own, and it shows up without the host.
                if (key === 'slack-webhook-url')
                    add(pathOf(value));
            }
        }
        else if (Array.isArray(value)) {
            value.forEach((item) => visit(item));
        }
        else if (value !== null && typeof value === 'object') {
            for (const [name, inner] of Object.entries(value)) {
                // `expect.headers` are what the service should answer (content-type...), not credentials we send.
                const requestHeaders = (key === 'headers' && parent !== 'expect') || key === PROMETHEUS_HEADERS;
                if (requestHeaders && (typeof inner === 'string' || typeof inner === 'number'))
                    headerSecrets(name, String(inner)).forEach(add);
                visit(inner, name, key);
            }
        }
    };
    visit(raw);
    return [...found];
}
const AUTHORIZATION_HEADERS = ['authorization', 'proxy-authorization'];
// RFC 9110 credentials: an auth scheme, then a token68 or auth-params.
const CREDENTIALS = /^([A-Za-z][\w!#$%&'*+.^`|~-]*)\s+(\S.*)$/;
/**
 * A request header's value, and for an Authorization header its credentials without the scheme
 * (and a Basic one's password): a server that refuses them tends to quote them alone, "invalid token X".
 */
function headerSecrets(name, value) {
    const found = CREDENTIALS.exec(value);
    if (!found || !AUTHORIZATION_HEADERS.includes(name.trim().toLowerCase()))
        return [value];
    const [, scheme = '', credentials = ''] = found;
    // A flow's `{{token}}` is a placeholder, masked as what it captures; masking the name would only hide it from error messages.
    if (credentials.includes('{{'))
        return [value];
    const pair = scheme.toLowerCase() === 'basic' ? Buffer.from(credentials, 'base64').toString() : '';
    // Only a pair that encodes back to what was written is one: Buffer decodes any text without complaint.
    const password = pair.includes(':') && Buffer.from(pair).toString('base64') === credentials
        ? pair.slice(pair.indexOf(':') + 1)
        : undefined;
    return [value, credentials, ...(password ? [password] : [])];
}
/**
 * The password as written and decoded, and the Basic header value the prober sends for it. The user
 * name is a secret only when it stands alone (`https://TOKEN@host`), and so is the Basic value sent for
 * it; a user beside a password is usually a plain account name, and masking `api` would blank every
 * `/api/` path out of the logs.
 */
function urlCredentialSecrets(user, password) {
    if (password === undefined)
        return user ? [user, safeDecode(user), Buffer.from(`${safeDecode(user)}:`).toString('base64')] : [];
    const pair = `${safeDecode(user)}:${safeDecode(password)}`;
    return [password, safeDecode(password), Buffer.from(pair).toString('base64')];
}
function pathOf(url) {
    try {
        const { pathname } = new URL(url);
        return pathname.length > 1 ? pathname : undefined;
    }
    catch {
        return undefined;
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Replaces every secret, longest first so a secret containing another is masked whole. */
function createRedactor(secrets) {
    let ordered = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
    const redact = ((text) => ordered.reduce((out, secret) => out.split(secret).join(MASK), text));
    redact.add = (secret) => {
        if (secret.length >= MIN_SECRET_LENGTH && !ordered.includes(secret))
            ordered = [...ordered, secret].sort((a, b) => b.length - a.length);
    };
    return redact;
}
/** A copy of a JSON-shaped value with the redactor applied to every string in it. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, redact));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactDeep(inner, redact)]));
    }
    return value;
}
/** The URL with any user and password replaced, for reports and logs. */
function redactUrl(url) {
    return url.replace(URL_CREDENTIALS, (match, user, password) => match.replace(`${user}${password === undefined ? '' : `:${password}`}@`, `${user ? MASK : ''}${password === undefined ? '' : `:${MASK}`}@`));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 9691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ schemas_enum),
  euz: () => (/* binding */ literal),
  aig: () => (/* binding */ schemas_number),
  Ikc: () => (/* binding */ object),
  g1P: () => (/* binding */ record),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ schemas_string),
  PVZ: () => (/* binding */ tuple),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseObject, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !core_util/* nullish */.cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : core_util/* floatSafeRemainder */.LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = core_util/* NUMBER_FORMAT_RANGES */.zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? core_util/* codePointLength */.O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? core_util/* codePointLength */.O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? core_util/* codePointLength */.O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = core_util/* escapeRegex */.sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${core_util/* escapeRegex */.sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${core_util/* escapeRegex */.sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...core_util/* prefixIssues */.lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    core_util/* hide */.jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
core_core/* $constructor */.xI("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    core_util/* assignProp */.Vy(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = core_util/* rawShape */.MO(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = core_util/* cached */.PO(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isObject */.Gv(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...core_util/* normalizeParams */.A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...core_util/* normalizeParams */.A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...core_util/* normalizeParams */.A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...core_util/* normalizeParams */.A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...core_util/* normalizeParams */.A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...core_util/* normalizeParams */.A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...core_util/* normalizeParams */.A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...core_util/* normalizeParams */.A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => core_util/* slugify */.Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...core_util/* normalizeParams */.A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...core_util/* normalizeParams */.A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   tm: () => (/* binding */ NEVER),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony export $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var main_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var main_schemas = __nccwpck_require__(9691);
// EXTERNAL MODULE: ./src/engine/config/checkSchema.ts
var checkSchema = __nccwpck_require__(2194);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __nccwpck_require__(4649);
// EXTERNAL MODULE: ./src/engine/config/fields.ts
var fields = __nccwpck_require__(5996);
;// CONCATENATED MODULE: ./src/engine/config/trustSchema.ts

/** How much a gate may do: be watched only, warn at most, or fail the release and roll it back. */
const GATE_MODES = ['observe', 'warn', 'enforce'];
const gateMode = (0,fields/* oneOf */.yL)(GATE_MODES);
/** Seconds a latency must also rise over its baseline before a ratio breach counts. */
const DEFAULT_LATENCY_MIN_DELTA = 0.05;
/** The keys that decide how far a team trusts its gates: their mode, how small a change counts, an early pass. */
const trustShape = {
    'latency-min-delta': (0,fields/* decimal */._)(0)
        .prefault(DEFAULT_LATENCY_MIN_DELTA)
        .meta({
        description: 'Seconds the latency must also be above its baseline for a max-latency-ratio breach; a baseline of 0 is judged by it alone.',
        default: String(DEFAULT_LATENCY_MIN_DELTA),
    }),
    'error-rate-mode': gateMode.prefault('enforce').meta({
        description: 'observe, warn or enforce: what the error-rate gate may do to the verdict (observe: nothing).',
        default: 'enforce',
    }),
    'latency-mode': gateMode.prefault('enforce').meta({
        description: 'observe, warn or enforce: what the latency gate may do to the verdict (observe: nothing).',
        default: 'enforce',
    }),
    'success-threshold': (0,fields/* wholeNumber */.rD)(0, 10_000).prefault(0).meta({
        description: 'End the window as passed after this many samples in a row with every enforced gate ok and the pods healthy; 0 never ends it early.',
        default: '0',
    }),
};

// EXTERNAL MODULE: ./src/engine/config/gateSourceSchema.ts
var gateSourceSchema = __nccwpck_require__(2364);
;// CONCATENATED MODULE: ./src/engine/config/monitorSchema.ts





const SECOND = 1_000;
const HOUR = 3_600_000;
const DEFAULT_ERROR_RATE_QUERY = 'sum(rate(http_requests_total{status=~"5.."}[{{range}}])) / sum(rate(http_requests_total[{{range}}]))';
/** What `max-error-rate` or `error-rate-query` say to turn the built-in error-rate gate off. */
const OFF = 'off';
/** The built-in error-rate gate's query and limit; none when either of its inputs says `off`. */
function errorRateGate(config) {
    const max = config['max-error-rate'];
    const query = config['error-rate-query'];
    return max === OFF || query === OFF ? undefined : { query, max };
}
const INCONCLUSIVE_ACTIONS = ['pass', 'warn', 'fail'];
const DEFAULT_MAX_CONSECUTIVE_ERRORS = 4;
const consecutiveErrors = (0,fields/* wholeNumber */.rD)(1, 100);
/** Applied in the plan, not by the schema, so that a ratio set without latency-query can be told from the default and rejected. */
const DEFAULT_MAX_LATENCY_RATIO = 2;
const onInconclusive = (0,fields/* oneOf */.yL)(INCONCLUSIVE_ACTIONS);
/** A number of requests: min-requests, here per gate and at the top level. */
const requestCount = (0,fields/* wholeNumber */.rD)(0, 1_000_000_000);
const gateSchema = main_schemas/* strictObject */.rej({
    name: main_schemas/* string */.YjP().min(1),
    query: main_schemas/* string */.YjP().min(1).optional(),
    ...gateSourceSchema/* gateSourceShape */.Ge,
    max: (0,fields/* decimal */._)(Number.NEGATIVE_INFINITY).optional(),
    min: (0,fields/* decimal */._)(Number.NEGATIVE_INFINITY).optional(),
    'max-ratio': (0,fields/* decimal */._)(0, { exclusive: true }).optional(),
    'on-inconclusive': onInconclusive.optional(),
    'max-consecutive-errors': consecutiveErrors.optional(),
    'min-delta': (0,fields/* decimal */._)(0).optional(),
    mode: gateMode.optional(),
    'traffic-query': main_schemas/* string */.YjP().min(1).optional(),
    'min-requests': requestCount.optional(),
})
    .superRefine((gate, ctx) => {
    (0,gateSourceSchema/* gateSourceRules */.ke)(gate, ctx);
    if (gate.max === undefined && gate.min === undefined && gate['max-ratio'] === undefined) {
        ctx.addIssue({ code: 'custom', message: 'a gate needs max, min or max-ratio: a limit to judge its samples by' });
    }
    if (gate['min-requests'] !== undefined && gate['min-requests'] > 0 && gate['traffic-query'] === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['min-requests'],
            message: 'needs traffic-query: the PromQL counting the requests a sample covers',
        });
    }
});
/** The monitor window's keys: Prometheus gates and Kubernetes pod health. */
const monitorShape = {
    'prometheus-url': fields/* httpUrl */.q3.optional().meta({
        description: 'Prometheus (or compatible: Thanos, Mimir, VictoriaMetrics) base URL; turns the metric gates on.',
    }),
    'prometheus-headers': fields/* headerLines */.Hq.pipe(checkSchema/* textHeaders */.Gc).optional().meta({
        description: '"Name: value" lines sent with every query (auth); values are secrets.',
    }),
    // `off` is a string like any query; the plan reads it as the gate turned off.
    'error-rate-query': main_schemas/* string */.YjP()
        .min(1)
        .prefault(DEFAULT_ERROR_RATE_QUERY)
        .meta({
        description: `PromQL giving the error ratio (placeholders such as {{range}} allowed); ${OFF} turns the error-rate gate off.`,
        default: DEFAULT_ERROR_RATE_QUERY,
    }),
    // The number first: a value that is neither is reported with the number's message, the form most meant.
    'max-error-rate': main_schemas/* union */.KCZ([(0,fields/* decimal */._)(0), main_schemas/* literal */.euz(OFF)])
        .prefault(0.01)
        .meta({
        description: `The error-rate gate fails above this; ${OFF} turns the gate off (keeping prometheus-url for gates).`,
        default: '0.01',
    }),
    'latency-query': main_schemas/* string */.YjP().min(1).optional().meta({
        description: 'PromQL giving a latency in seconds (placeholders such as {{range}} allowed); turns the latency gate on.',
    }),
    'max-latency': (0,fields/* decimal */._)(0, { exclusive: true }).optional().meta({
        description: 'Absolute limit in seconds for the latency gate.',
    }),
    'max-latency-ratio': (0,fields/* decimal */._)(0, { exclusive: true })
        .optional()
        .meta({
        description: 'The latency gate also fails above this multiple of its baseline.',
        'x-default': String(DEFAULT_MAX_LATENCY_RATIO),
    }),
    'scrape-interval': (0,fields/* durationBetween */.h9)(SECOND, HOUR).optional().meta({
        description: 'How often Prometheus scrapes the service: {{range}} is 4 times it, and shorter ranges are refused before the window.',
        'x-default': "global.scrape_interval from Prometheus's /api/v1/status/config; where that cannot be read, 1m",
    }),
    'baseline-offset': (0,fields/* durationBetween */.h9)(SECOND, 7 * 24 * HOUR)
        .prefault('10m')
        .meta({
        description: 'The baseline of a ratio gate is its own query evaluated this long before the action started.',
        default: '10m',
    }),
    gates: (0,fields/* yamlList */.gm)(gateSchema, 'gates (- name: ..., query: ..., max: ...)').prefault([]).meta({
        description: 'YAML list of more gates: name, source (prometheus, datadog, web), query (or url/path and value for web), max and/or min, max-ratio, min-delta, mode, traffic-query, min-requests, lookback, on-inconclusive, max-consecutive-errors.',
    }),
    'monitor-window': (0,fields/* durationBetween */.h9)(0, 6 * HOUR)
        .prefault('5m')
        .meta({
        description: 'How long to watch; 0 turns the monitor off.',
        default: '5m',
    }),
    'monitor-interval': (0,fields/* durationBetween */.h9)(SECOND, HOUR).prefault('10s').meta({
        description: 'Time between samples.',
        default: '10s',
    }),
    'monitor-delay': (0,fields/* durationBetween */.h9)(0, HOUR).prefault('0s').meta({
        description: 'Wait before the first sample (telemetry warm-up).',
        default: '0s',
    }),
    'failure-threshold': (0,fields/* wholeNumber */.rD)(1, 100).prefault(2).meta({
        description: 'Consecutive breaching samples that fail a gate.',
        default: '2',
    }),
    'max-consecutive-errors': consecutiveErrors.prefault(DEFAULT_MAX_CONSECUTIVE_ERRORS).meta({
        description: 'Errors in a row from a metric source (or kubectl, for pod health) after which a gate is inconclusive; gates may set their own.',
        default: String(DEFAULT_MAX_CONSECUTIVE_ERRORS),
    }),
    'on-inconclusive': onInconclusive.prefault('warn').meta({
        description: 'pass, warn or fail: what a gate yields when it ends with no usable data or its provider kept failing.',
        default: 'warn',
    }),
    'kube-deployment': fields/* kubeName */.L6.optional().meta({
        description: 'Deployment name; turns on rollout wait and pod health.',
    }),
    'kube-namespace': fields/* kubeNamespace */.Bx.prefault('default').meta({
        description: 'Namespace of the Deployment.',
        default: 'default',
    }),
    'kube-context': main_schemas/* string */.YjP()
        // Free-form (EKS contexts are ARNs) and passed as one argument, but never empty, a flag, or split over lines.
        // eslint-disable-next-line no-control-regex
        .refine((context) => context.trim() !== '' && !context.startsWith('-') && !/[\u0000-\u001f\u007f]/.test(context), {
        error: 'a context cannot be empty, start with "-" or hold a line break or control character; use the context name from your kubeconfig',
    })
        .optional()
        .meta({ description: 'kubectl context.' }),
    'kube-selector': main_schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._/=!,() -]*$/, {
        error: (issue) => `${JSON.stringify(issue.input)} is not a label selector; use e.g. app=shop,tier!=canary`,
    })
        .optional()
        .meta({
        description: 'Label selector of its pods.',
        'x-default': "the Deployment's own spec.selector.matchLabels",
    }),
    'rollout-timeout': (0,fields/* durationBetween */.h9)(0, HOUR).prefault('5m').meta({
        description: 'First wait for kubectl rollout status; 0 skips.',
        default: '5m',
    }),
    'max-restarts': (0,fields/* wholeNumber */.rD)(0, 10_000).prefault(2).meta({
        description: "Container restarts, summed over the pods, counted from the window's start.",
        default: '2',
    }),
    'log-error-pattern': fields/* regexText */.zM.optional().meta({
        description: "Regular expression; when set, the pods' logs over the window are scanned for it.",
    }),
    'max-log-errors': (0,fields/* wholeNumber */.rD)(0, 1_000_000).prefault(0).meta({
        description: 'Matching lines allowed.',
        default: '0',
    }),
};

;// CONCATENATED MODULE: ./src/engine/config/verifySchema.ts



const verifySchema_HOUR = 3_600_000;
const DEPENDENCY_TYPES = ['postgres', 'redis', 'tcp'];
/** The schemes a dependency URL may have, by type. */
const DEPENDENCY_SCHEMES = {
    postgres: ['postgres:', 'postgresql:'],
    redis: ['redis:', 'rediss:'],
    tcp: ['tcp:'],
};
/** Each type's own default: a database gets longer than a PING. */
const DEPENDENCY_TIMEOUT_MS = { postgres: 5_000, redis: 3_000, tcp: 3_000 };
const envName = main_schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an environment variable name`,
});
const dependencySchema = main_schemas/* strictObject */.rej({
    name: main_schemas/* string */.YjP().min(1),
    type: (0,fields/* oneOf */.yL)(DEPENDENCY_TYPES),
    url: main_schemas/* string */.YjP().min(1).optional(),
    /** The name of a variable holding the URL, so a password never sits in the workflow file. */
    'url-env': envName.optional(),
    query: main_schemas/* string */.YjP().min(1).optional(),
    command: main_schemas/* string */.YjP().min(1).optional(),
    timeout: (0,fields/* durationBetween */.h9)(1, verifySchema_HOUR).optional(),
    required: fields/* flag */.Jt.prefault(true),
})
    .superRefine((dependency, ctx) => {
    if ((dependency.url === undefined) === (dependency['url-env'] === undefined)) {
        ctx.addIssue({
            code: 'custom',
            message: 'set exactly one of url or url-env (the name of an environment variable holding the URL)',
        });
    }
    const scheme = dependency.url === undefined ? undefined : schemeOf(dependency.url);
    if (scheme !== undefined && !DEPENDENCY_SCHEMES[dependency.type].includes(scheme)) {
        ctx.addIssue({
            code: 'custom',
            path: ['url'],
            message: `a ${dependency.type} URL starts with ${DEPENDENCY_SCHEMES[dependency.type].map((item) => `${item}//`).join(' or ')}`,
        });
    }
    if (dependency.query !== undefined && dependency.type !== 'postgres')
        ctx.addIssue({ code: 'custom', path: ['query'], message: 'query is for postgres; redis takes command' });
    if (dependency.command !== undefined && dependency.type !== 'redis')
        ctx.addIssue({ code: 'custom', path: ['command'], message: 'command is for redis; postgres takes query' });
});
/** The scheme of a URL-like text ("postgres:"), without parsing the rest: it may hold a password. */
function schemeOf(url) {
    return /^([a-z][a-z0-9+.-]*:)\/\//i.exec(url)?.[1]?.toLowerCase() ?? '';
}
/** A capture source: a dot path into the JSON body, or `header:Name`. */
const capture = main_schemas/* record */.g1P(main_schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a variable name; use letters, digits and _`,
}), main_schemas/* string */.YjP().min(1));
const stepSchema = main_schemas/* strictObject */.rej({ ...checkSchema/* requestShape */.zE, capture: capture.optional() }).superRefine(checkSchema/* requestRules */.Nm);
const USE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const flowSchema = main_schemas/* strictObject */.rej({
    name: main_schemas/* string */.YjP().min(1),
    steps: main_schemas/* array */.YOg(stepSchema).min(1),
    timeout: (0,fields/* durationBetween */.h9)(1, verifySchema_HOUR).prefault('15s'),
    required: fields/* flag */.Jt.prefault(true),
})
    .superRefine((flow, ctx) => {
    const captured = new Set();
    flow.steps.forEach((step, index) => {
        const text = JSON.stringify([step.url, step.path, step.headers, step.body, step.json]);
        for (const [, name] of text.matchAll(USE)) {
            if (!captured.has(name))
                ctx.addIssue({
                    code: 'custom',
                    path: ['steps', index],
                    message: `{{${name}}} is used before a step captures it`,
                });
        }
        Object.keys(step.capture ?? {}).forEach((name) => captured.add(name));
    });
});
const verifyShape = {
    dependencies: (0,fields/* yamlList */.gm)(dependencySchema, 'dependencies (- name: ..., type: postgres|redis|tcp, url: ...)')
        .prefault([])
        .meta({
        description: 'YAML list of dependencies: name, type (postgres, redis, tcp), url or url-env, query, command, timeout, required.',
    }),
    flows: (0,fields/* yamlList */.gm)(flowSchema, 'flows (- name: ..., steps: [...])').prefault([]).meta({
        description: 'YAML list of critical-path flows: name, steps (requests with expect and capture), timeout, required.',
    }),
};

// EXTERNAL MODULE: ./src/engine/kubernetes/dns1123.ts
var dns1123 = __nccwpck_require__(5777);
;// CONCATENATED MODULE: ./src/engine/config/rollbackSchema.ts



const ROLLBACK_MODES = ['auto', 'manual', 'off'];
const COMMANDS = ['check', 'rollback'];
/** How a release is undone: kubectl rollout undo, helm rollback, or the team's own command. */
const ROLLBACK_METHODS = ['kubectl', 'helm', 'command'];
/** The rollback's keys: what a failed verdict does, how it is undone, and the approval job's command. */
const rollbackShape = {
    // No default here: `auto` applies only with something to roll back, and an explicit `auto` without it is an error.
    rollback: (0,fields/* oneOf */.yL)(ROLLBACK_MODES).optional().meta({
        description: 'auto: roll back on a failed verdict; manual: only report that a rollback is needed; off.',
        'x-default': 'auto (with kube-deployment, helm-release or rollback-command)',
    }),
    'rollback-with': (0,fields/* oneOf */.yL)(ROLLBACK_METHODS).optional().meta({
        description: 'How to roll back: kubectl (rollout undo of kube-deployment), helm (helm rollback of helm-release) or command (rollback-command).',
        'x-default': 'kubectl (with kube-deployment)',
    }),
    // Helm's own rule for a release name: a DNS-1123 subdomain of at most 53 characters, so that the Secrets it
    // stores stay within Kubernetes' limits.
    'helm-release': main_schemas/* string */.YjP()
        .refine((name) => name.length <= 53 && dns1123/* DNS1123_SUBDOMAIN */.ei.test(name), {
        error: (issue) => `${JSON.stringify(issue.input)} is not a Helm release name: lower-case letters, digits, "-" and ".", at most 53 characters`,
    })
        .optional()
        .meta({
        description: 'The Helm release that rollback-with: helm rolls back (in kube-namespace, with kube-context).',
    }),
    'rollback-command': main_schemas/* string */.YjP()
        .refine((command) => command.trim() !== '', { error: 'is empty: give the command that rolls the release back' })
        .optional()
        .meta({
        description: 'With rollback-with: command, the shell command that rolls the release back (bash -eo pipefail -c, in the workspace, with PDC_* variables).',
    }),
    'rollback-to-revision': (0,fields/* wholeNumber */.rD)(1, 1_000_000_000).optional().meta({
        description: 'Roll back to this revision instead of the previous one (kubectl and helm).',
    }),
    'rollback-timeout': (0,fields/* durationBetween */.h9)(1_000, 3_600_000).prefault('60s').meta({
        description: 'How long the rollback may take: the rolled-back Deployment or Helm release to become available, or the command to end.',
        default: '60s',
    }),
    command: (0,fields/* oneOf */.yL)(COMMANDS).prefault('check').meta({
        description: 'check runs the post-deploy check; rollback rolls the release back now, confirms it, reports: the step of an approval job.',
        default: 'check',
    }),
};
/** The method a config rolls back with: the one named, or kubectl while kube-deployment is set. */
function rollbackMethod(config) {
    return config['rollback-with'] ?? (config['kube-deployment'] !== undefined ? 'kubectl' : undefined);
}
/** What each method needs, and an `auto` or an approval job with nothing to roll back. */
function rollbackIssues(config) {
    const issues = [];
    const method = rollbackMethod(config);
    const needs = { kubectl: 'kube-deployment', helm: 'helm-release', command: 'rollback-command' };
    if (method && config[needs[method]] === undefined)
        issues.push({ path: [needs[method]], message: `is required with rollback-with: ${method}` });
    if (method !== 'helm' && config['helm-release'] !== undefined)
        issues.push({ path: ['helm-release'], message: 'is what rollback-with: helm rolls back: set rollback-with: helm' });
    if (method !== 'command' && config['rollback-command'] !== undefined)
        issues.push({
            path: ['rollback-command'],
            message: 'runs with rollback-with: command: set rollback-with: command',
        });
    if (method === 'command' && config['rollback-to-revision'] !== undefined)
        issues.push({
            path: ['rollback-to-revision'],
            message: 'is for kubectl and helm: a rollback command decides what it restores',
        });
    if (!method && (config.command === 'rollback' || config.rollback === 'auto')) {
        const key = config.command === 'rollback' ? 'command' : 'rollback';
        issues.push({
            path: [key],
            message: `${key === 'command' ? 'rollback' : 'auto'} rolls back kube-deployment: set kube-deployment (and kube-namespace), or rollback-with: helm or command`,
        });
    }
    return issues;
}

// EXTERNAL MODULE: ./src/engine/config/noticesSchema.ts
var noticesSchema = __nccwpck_require__(9343);
;// CONCATENATED MODULE: ./src/engine/config/githubSchema.ts


const GITHUB_DEPLOYMENT_MODES = ['off', 'create', 'update'];
const PR_COMMENT_MODES = ['off', 'always', 'on-failure'];
/** GitHub's own records of the release: a deployment and its statuses, and the pull request's comment. */
const githubShape = {
    'github-token': main_schemas/* string */.YjP().min(1).optional().meta({
        description: 'Token for the GitHub API (deployment statuses, the pull-request comment); a secret, masked everywhere. The action defaults it in action.yml, the one default that lives there.',
        'x-default': '${{ github.token }}',
    }),
    'github-deployment': (0,fields/* oneOf */.yL)(GITHUB_DEPLOYMENT_MODES).prefault('off').meta({
        description: 'off; create: a GitHub deployment for environment at the commit, with statuses in_progress then success, failure or error; update: the same statuses on github-deployment-id.',
        default: 'off',
    }),
    'github-deployment-id': (0,fields/* wholeNumber */.rD)(1)
        .optional()
        .meta({ description: 'The deployment whatever deployed created; required with github-deployment: update.' }),
    'pr-comment': (0,fields/* oneOf */.yL)(PR_COMMENT_MODES).prefault('off').meta({
        description: 'off; always: one comment per service and environment on the pull request, updated in place on every run; on-failure: the comment is created only by a failure, and a comment already there is updated whatever the verdict.',
        default: 'off',
    }),
    'pr-number': (0,fields/* wholeNumber */.rD)(1).optional().meta({
        description: "The pull request to comment on; by default the event's own on pull_request and pull_request_target. Set it to comment from any other event.",
    }),
};
/** What one key says about another. */
function githubIssues(config) {
    return [...deploymentIssues(config), ...commentIssues(config)];
}
const TOKEN_SOURCES = "the action passes the job's own token by default; the CLI needs --github-token or a config file's ${GITHUB_TOKEN}";
function deploymentIssues(config) {
    const mode = config['github-deployment'];
    if (mode !== 'off' && config['github-token'] === undefined)
        return [{ path: ['github-token'], message: `is required with github-deployment: ${mode}: ${TOKEN_SOURCES}` }];
    if (mode === 'update' && config['github-deployment-id'] === undefined)
        return [
            {
                path: ['github-deployment-id'],
                message: 'is required with github-deployment: update: the id of the deployment your deploy step created',
            },
        ];
    if (mode !== 'update' && config['github-deployment-id'] !== undefined)
        return [
            {
                path: ['github-deployment-id'],
                message: `is the deployment github-deployment: update reports on; with ${mode} it would be ignored: set github-deployment: update`,
            },
        ];
    return [];
}
function commentIssues(config) {
    const mode = config['pr-comment'];
    // One message for the token, said once, when the deployment already asked for it.
    if (mode !== 'off' && config['github-token'] === undefined && config['github-deployment'] === 'off')
        return [{ path: ['github-token'], message: `is required with pr-comment: ${mode}: ${TOKEN_SOURCES}` }];
    if (mode === 'off' && config['pr-number'] !== undefined)
        return [
            {
                path: ['pr-number'],
                message: 'is the pull request pr-comment comments on; with pr-comment: off it would be ignored: set pr-comment: always or on-failure',
            },
        ];
    return [];
}

;// CONCATENATED MODULE: ./src/engine/config/trafficSchema.ts


/** The requests a sample of the default error-rate query covers: over the same range, so the two agree. */
const DEFAULT_TRAFFIC_QUERY = 'sum(increase(http_requests_total[{{range}}]))';
/** What `min-requests` says to take its value from `max-error-rate`. */
const AUTO = 'auto';
/** The keys that keep a gate from judging a handful of requests: what a sample covered, and how much is enough. */
const trafficShape = {
    'traffic-query': main_schemas/* string */.YjP()
        .min(1)
        .optional()
        .meta({
        description: 'PromQL giving the number of requests a sample of the error-rate and latency gates covers (placeholders allowed).',
        'x-default': `${DEFAULT_TRAFFIC_QUERY} when error-rate-query is the default; otherwise none, and no traffic check`,
    }),
    // The number first: a value that is neither is reported with the number's message, the form most meant.
    'min-requests': main_schemas/* union */.KCZ([requestCount, main_schemas/* literal */.euz(AUTO)])
        .prefault(AUTO)
        .meta({
        description: `A sample of the error-rate and latency gates with fewer requests is no data, never ok; ${AUTO}: the fewest in which one error stays within max-error-rate; 0: no minimum.`,
        default: AUTO,
    }),
};
/** The built-in gates' traffic query: the one given, or the default's twin when the error-rate query is the default. */
function builtInTrafficQuery(config) {
    if (config['traffic-query'] !== undefined)
        return config['traffic-query'];
    return config['error-rate-query'] === DEFAULT_ERROR_RATE_QUERY ? DEFAULT_TRAFFIC_QUERY : undefined;
}
/**
 * `auto`: the fewest requests in which a single error stays within max-error-rate, ceil(1 / max-error-rate),
 * 100 at 0.01: below it one unlucky error fails the gate. Without a positive error rate to go by, 1.
 */
function builtInMinRequests(config) {
    const given = config['min-requests'];
    if (given !== AUTO)
        return given;
    const max = config['max-error-rate'];
    // The epsilon keeps 1 / 0.01 = 100.00000000000001 at 100.
    return max === OFF || max <= 0 ? 1 : Math.ceil(1 / max - 1e-9);
}

;// CONCATENATED MODULE: ./src/engine/config/sloSchema.ts


/** The burn-rate gate's name in the report, the outputs and the notices. */
const SLO_GATE_NAME = 'slo-burn-rate';
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Errors over the window a burn rate is evaluated in: `{{range}}` here is that window, not the scrape range. */
const DEFAULT_SLO_ERRORS_QUERY = 'sum(increase(http_requests_total{status=~"5.."}[{{range}}]))';
const DEFAULT_SLO_REQUESTS_QUERY = 'sum(increase(http_requests_total[{{range}}]))';
/** An availability objective in percent, `99.9` or `99.9%`: below 100, as 100% leaves no budget to burn. */
const objective = main_schemas/* union */.KCZ([main_schemas/* number */.aig(), main_schemas/* string */.YjP()], { error: 'expected a percentage such as 99.9 or 99.9%' })
    .transform((value, ctx) => {
    const text = String(value).trim().replace(/%$/, '').trim();
    const percent = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (!(percent > 0 && percent < 100)) {
        const why = percent === 100
            ? 'an objective of 100% leaves no error budget: every error would burn it infinitely fast'
            : 'is not a percentage above 0 and below 100';
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(String(value))}: ${why}; use e.g. 99.9 or 99.9%` });
        return main_core/* NEVER */.tm;
    }
    return percent;
});
/** The SLO burn-rate gate: how fast this release spends the service's error budget. */
const sloShape = {
    'slo-objective': objective.optional().meta({
        description: 'Availability objective in percent (99.9 or 99.9%); turns the SLO burn-rate gate on.',
    }),
    'slo-period': (0,fields/* durationBetween */.h9)(DAY, 400 * DAY)
        .prefault('30d')
        .meta({
        description: 'The period the objective holds over: the error budget is (100% - objective) of its requests.',
        default: '30d',
    }),
    'max-burn-rate': (0,fields/* decimal */._)(0, { exclusive: true }).prefault(5).meta({
        description: 'The burn-rate gate fails when the short and the long window both burn the budget faster than this (failure-threshold samples in a row).',
        default: '5',
    }),
    'warn-burn-rate': (0,fields/* decimal */._)(0, { exclusive: true }).prefault(2).meta({
        description: 'Both windows above this, and not failing: a warning, a rollback review.',
        default: '2',
    }),
    'burn-short-window': (0,fields/* durationBetween */.h9)(MINUTE, DAY).prefault('5m').meta({
        description: 'The short window of the burn rate; the long one is the monitor window so far, at least this.',
        default: '5m',
    }),
    'slo-errors-query': main_schemas/* string */.YjP().min(1).prefault(DEFAULT_SLO_ERRORS_QUERY).meta({
        description: 'PromQL giving the failed requests over {{range}}, the window a burn rate is evaluated in.',
        default: DEFAULT_SLO_ERRORS_QUERY,
    }),
    'slo-requests-query': main_schemas/* string */.YjP().min(1).prefault(DEFAULT_SLO_REQUESTS_QUERY).meta({
        description: 'PromQL giving all requests over {{range}}, the window a burn rate is evaluated in.',
        default: DEFAULT_SLO_REQUESTS_QUERY,
    }),
};

;// CONCATENATED MODULE: ./src/engine/config/datadogMetricsSchema.ts

/** The gate datadog-monitor-tags turns on. */
const DATADOG_MONITORS_GATE = 'datadog-monitors';
/**
 * Comma-separated monitor tags, trimmed. None at all is refused: Datadog would then list every monitor of the
 * organisation, never what a gate on one service means.
 */
const monitorTags = main_schemas/* string */.YjP().transform((text, ctx) => {
    const tags = text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== '');
    if (tags.length === 0) {
        ctx.addIssue({
            code: 'custom',
            message: 'names no tag: give the tags of the monitors to watch, e.g. service:shop-api,env:production',
        });
        return main_core/* NEVER */.tm;
    }
    return tags.join(',');
});
/** The keys that read Datadog's metrics and monitors; the API key, site and URL are shared with the events. */
const datadogMetricsShape = {
    'datadog-app-key': main_schemas/* string */.YjP().min(1).optional().meta({
        description: 'Datadog application key (a secret): with datadog-api-key, lets gates read Datadog metrics.',
    }),
    'datadog-error-rate-query': main_schemas/* string */.YjP().min(1).optional().meta({
        description: 'Datadog metric query giving the error ratio: the built-in error-rate gate reads Datadog instead of Prometheus.',
    }),
    'datadog-monitor-tags': monitorTags.optional().meta({
        description: 'Datadog monitor tags, comma-separated (e.g. service:shop-api,env:production): turns on the datadog-monitors gate, which breaches while a monitor with all of them is in Alert.',
    }),
};

;// CONCATENATED MODULE: ./src/engine/monitor/placeholders.ts
/** What a query may say in `{{…}}`, filled in before it is sent. */
const PLACEHOLDERS = [
    'range',
    'interval',
    'service',
    'environment',
    'version',
    'namespace',
    'deployment',
    // Only in a comparison's queries: the canary's or the baseline's value, filled per side.
    'side',
];
// Durations go in as PromQL durations; every other value is text that usually sits inside a label matcher's quotes.
const DURATIONS = new Set(['range', 'interval']);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
function isPlaceholder(name) {
    return PLACEHOLDERS.includes(name);
}
/** The names written in `{{…}}`, known or not, each once. */
function placeholdersIn(query) {
    return [...new Set([...query.matchAll(PLACEHOLDER)].map(([, name]) => name ?? ''))];
}
/** `query` with each placeholder `values` has filled; the others are left for a later step to fill. */
function fillPlaceholders(query, values) {
    return query.replace(PLACEHOLDER, (written, name) => {
        if (!isPlaceholder(name))
            return written;
        const value = values[name];
        if (value === undefined)
            return written;
        return DURATIONS.has(name) ? value : escapePromqlString(value);
    });
}
/**
 * Escaped for a double-quoted PromQL string, the form label matchers are written in: a value cannot close
 * its quotes. (PromQL's lexer accepts only the opening quote as an escaped quote, so `\'` would be an error.)
 */
function escapePromqlString(value) {
    return value.replace(/[\\"\n\r\t]/g, (char) => ESCAPES[char] ?? char);
}
const ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
/** A PromQL duration in whole seconds, never shorter than one: 60000 -> "60s". */
function promqlDuration(ms) {
    return `${Math.max(1, Math.ceil(ms / 1_000))}s`;
}

;// CONCATENATED MODULE: ./src/engine/config/compareSchema.ts





/** What `baseline` says to compare the canary with its own queries over a stretch before the action started. */
const BEFORE = 'before';
const DEFAULT_MAX_INCREASE = 1.5;
const DEFAULT_CONFIDENCE = 0.99;
const DEFAULT_MIN_EVENTS = 10;
/** Where a comparison counts: a web endpoint's one number has no two sides to count. */
const COMPARE_SOURCES = ['prometheus', 'datadog'];
const BASELINE_REQUIRED = `required: the value of {{side}} for the old version (e.g. stable), or ${BEFORE} to compare with the same queries over a stretch before the run`;
const quoted = (value) => JSON.stringify(String(value));
/** At least 1: a limit under 1 would fail a canary that is better than the baseline by a little. */
const maxIncrease = (0,fields/* decimal */._)(0, { exclusive: true }).refine((value) => value >= 1, {
    error: (issue) => `${quoted(issue.input)} is below 1: it would fail a canary exactly as good as the baseline; use 1 (no increase allowed) or more, e.g. 1.5`,
});
/** A probability strictly between 0 and 1: at 1 no evidence is ever enough, at 0 none is needed. */
const confidence = (0,fields/* decimal */._)(0, { exclusive: true }).refine((value) => value < 1, {
    error: (issue) => `${quoted(issue.input)} is not a probability below 1: the comparison could never fail a canary; use e.g. 0.99 or 0.95`,
});
/** One canary-versus-baseline comparison: two counts per side, cumulative from the window's start, from Prometheus or Datadog. */
const compareSchema = main_schemas/* strictObject */.rej({
    name: main_schemas/* string */.YjP().min(1),
    source: (0,fields/* oneOf */.yL)(COMPARE_SOURCES, {
        web: 'cannot be compared: a comparison counts errors and requests on two sides, and a web endpoint answers one number; use prometheus or datadog',
    }).optional(),
    'errors-query': main_schemas/* string */.YjP().min(1),
    'requests-query': main_schemas/* string */.YjP().min(1),
    canary: main_schemas/* string */.YjP({ error: 'required: the value of {{side}} for the new version, e.g. canary' })
        .min(1, { error: 'required: the value of {{side}} for the new version, e.g. canary' }),
    baseline: main_schemas/* string */.YjP({ error: BASELINE_REQUIRED }).min(1, { error: BASELINE_REQUIRED }),
    'max-increase': maxIncrease.prefault(DEFAULT_MAX_INCREASE),
    confidence: confidence.prefault(DEFAULT_CONFIDENCE),
    'min-events': (0,fields/* wholeNumber */.rD)(1, 1_000_000_000).prefault(DEFAULT_MIN_EVENTS),
    mode: gateMode.optional(),
    'on-inconclusive': onInconclusive.optional(),
})
    .superRefine((entry, ctx) => {
    sourceRules(entry, ctx);
    if (entry.baseline === BEFORE)
        return;
    for (const key of ['errors-query', 'requests-query']) {
        if (!placeholdersIn(entry[key]).includes('side'))
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: `has no {{side}}: canary and baseline would run the same query and count the same thing; put {{side}} in a label matcher (e.g. track="{{side}}"), or set baseline: ${BEFORE}`,
            });
    }
});
// A Datadog count query: the points of `.as_count()` (or of a sum rollup) add up to the events between them.
const COUNTED = /\.as_count\(\s*\)|\.rollup\(\s*sum\b/;
/** A Datadog comparison's queries: counts it can add up, with no PromQL range. */
function sourceRules(entry, ctx) {
    if (entry.source !== 'datadog')
        return;
    for (const key of ['errors-query', 'requests-query']) {
        const query = entry[key];
        if (placeholdersIn(query).includes('range'))
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: "has {{range}}, a PromQL range: a Datadog comparison reads every point since the window's start by itself; remove it",
            });
        if (!COUNTED.test(query))
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: "is not a count: a Datadog comparison adds up the query's points since the window started, so each point must count events; end the query with .as_count() (or .rollup(sum, 60))",
            });
    }
}
const compareShape = {
    compare: (0,fields/* yamlList */.gm)(compareSchema, 'comparisons (- name: ..., errors-query: ..., requests-query: ..., canary: ..., baseline: ...)')
        .prefault([])
        .meta({
        description: 'YAML list of canary-versus-baseline comparisons: name, source (prometheus or datadog), errors-query, requests-query (with {{side}}), canary, baseline (or before), max-increase, confidence, min-events, mode, on-inconclusive.',
    }),
};

;// CONCATENATED MODULE: ./src/engine/config/syntheticTrafficSchema.ts







const DEFAULT_TRAFFIC_RATE = 2;
const MAX_TRAFFIC_RATE = 50;
const DEFAULT_MAX_IN_FLIGHT = 16;
/** Methods that read: traffic repeats a request rate × window times, which only these can bear unasked. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const syntheticTrafficSchema_quoted = (value) => JSON.stringify(String(value));
/** One request traffic cycles through: a check's request and expect, sent once each time (no retries). */
const trafficRequestObject = main_schemas/* strictObject */.rej({
    name: checkSchema/* requestShape */.zE.name,
    url: checkSchema/* requestShape */.zE.url,
    path: checkSchema/* requestShape */.zE.path,
    method: checkSchema/* requestShape */.zE.method,
    headers: checkSchema/* requestShape */.zE.headers,
    body: checkSchema/* requestShape */.zE.body,
    json: checkSchema/* requestShape */.zE.json,
    expect: checkSchema/* requestShape */.zE.expect,
    timeout: checkSchema/* requestShape */.zE.timeout,
    'follow-redirects': checkSchema/* requestShape */.zE['follow-redirects'],
    'insecure-skip-tls-verify': checkSchema/* requestShape */.zE['insecure-skip-tls-verify'],
})
    .superRefine((request, ctx) => (0,checkSchema/* requestRules */.Nm)({ ...request, retries: 0, 'retry-on': [] }, ctx));
const trafficRequestSchema = main_schemas/* union */.KCZ([checkSchema/* checkShorthand */._v.pipe(trafficRequestObject), trafficRequestObject], {
    error: 'expected a request: "/path", "GET /path", a full URL, or an object with path or url',
});
const rate = (0,fields/* decimal */._)(0.1).refine((value) => value <= MAX_TRAFFIC_RATE, {
    error: (issue) => `${syntheticTrafficSchema_quoted(issue.input)} requests a second is more than ${MAX_TRAFFIC_RATE}: traffic gives the gates something to judge, it is not a load test; use ${MAX_TRAFFIC_RATE} or less`,
});
/** The action's own requests during the monitor window, and the built-in `traffic` gate that judges them. */
const syntheticTrafficSchema = main_schemas/* strictObject */.rej({
    rate: rate.prefault(DEFAULT_TRAFFIC_RATE),
    requests: main_schemas/* array */.YOg(trafficRequestSchema).optional(),
    'allow-writes': fields/* flag */.Jt.prefault(false),
    'max-in-flight': (0,fields/* wholeNumber */.rD)(1, 1_000).prefault(DEFAULT_MAX_IN_FLIGHT),
    'max-requests': (0,fields/* wholeNumber */.rD)(1, 10_000_000).optional(),
    'max-error-rate': main_schemas/* union */.KCZ([(0,fields/* decimal */._)(0), main_schemas/* literal */.euz(OFF)]).optional(),
    /** Seconds. */
    'max-p95': (0,fields/* decimal */._)(0, { exclusive: true }).optional(),
    'min-requests': main_schemas/* union */.KCZ([requestCount, main_schemas/* literal */.euz(AUTO)]).prefault(AUTO),
    mode: gateMode.optional(),
    'on-inconclusive': onInconclusive.optional(),
})
    .superRefine((traffic, ctx) => {
    if (traffic.requests?.length === 0)
        ctx.addIssue({
            code: 'custom',
            path: ['requests'],
            message: 'lists no request: list one (e.g. - /health), or leave it out to cycle the GET checks',
        });
    if (traffic['allow-writes'])
        return;
    traffic.requests?.forEach((request, index) => {
        if (!READ_METHODS.has(request.method))
            ctx.addIssue({
                code: 'custom',
                path: ['requests', index, 'method'],
                message: `${request.method} may change data, and traffic sends it again and again; use GET, HEAD or OPTIONS, or set allow-writes: true if the endpoint is safe to call that often`,
            });
    });
});
const syntheticTrafficShape = {
    traffic: syntheticTrafficSchema.optional().meta({
        description: 'YAML object: the action sends its own requests through the monitor window and judges them as the gate traffic: rate (per second, 0.1-50, default 2), requests (default: the GET and HEAD checks), allow-writes, max-in-flight (16), max-requests, max-error-rate, max-p95 (seconds), min-requests, mode, on-inconclusive.',
    }),
};
/** The traffic gate's error-rate limit: its own, or the top-level one; `off` judges latency and drops only. */
function trafficMaxErrorRate(traffic, topLevel) {
    return traffic['max-error-rate'] ?? topLevel;
}
/** What `traffic` needs from the rest of the configuration, and whether its samples can ever be judged. */
function syntheticTrafficIssues(config) {
    const { traffic } = config;
    if (!traffic)
        return [];
    const issues = [];
    if (config['monitor-window'] === 0)
        issues.push({
            path: ['traffic'],
            message: 'runs during the monitor window, and monitor-window is 0: set monitor-window (e.g. 5m)',
        });
    if (traffic.requests === undefined &&
        !config.checks.some((check) => check.method === 'GET' || check.method === 'HEAD'))
        issues.push({
            path: ['traffic', 'requests'],
            message: 'is needed: there is no GET or HEAD check to send again; list requests (e.g. - /health)',
        });
    if (config['base-url'] === undefined)
        traffic.requests?.forEach((request, index) => {
            if (request.path !== undefined || request.url?.startsWith('/'))
                issues.push({
                    path: ['traffic', 'requests', index],
                    message: `path ${JSON.stringify(request.path ?? request.url)} needs base-url (or give a full URL)`,
                });
        });
    const minRequests = builtInMinRequests({
        'min-requests': traffic['min-requests'],
        'max-error-rate': trafficMaxErrorRate(traffic, config['max-error-rate']),
    });
    const perSample = Math.floor((traffic.rate * config['monitor-interval']) / 1_000);
    if (config['monitor-window'] > 0 && perSample < minRequests) {
        const enoughRate = Math.ceil((minRequests * 1_000) / config['monitor-interval']);
        const fixes = [
            ...(enoughRate <= MAX_TRAFFIC_RATE ? [`raise rate to ${enoughRate}`] : []),
            `lengthen monitor-interval to ${(0,duration/* formatDuration */.a3)(Math.ceil(minRequests / traffic.rate) * 1_000)}`,
            'or lower min-requests (a looser max-error-rate lowers auto)',
        ];
        issues.push({
            path: ['traffic', 'rate'],
            message: `gives at most ${perSample} requests a sample (${traffic.rate}/s over monitor-interval ${(0,duration/* formatDuration */.a3)(config['monitor-interval'])}), fewer than min-requests ${minRequests}: every sample would be no data; ${fixes.join(', ')}`,
        });
    }
    return issues;
}

// EXTERNAL MODULE: ./src/engine/config/suggest.ts
var suggest = __nccwpck_require__(4107);
;// CONCATENATED MODULE: ./src/engine/config/placeholderIssues.ts


// Those a config may lack; the others always have a value (environment, kube-namespace have defaults).
const NEEDS = {
    service: { key: 'service', what: 'the service name' },
    version: { key: 'version', what: 'the version that should now be serving' },
    deployment: { key: 'kube-deployment', what: 'the Deployment' },
};
/** Every placeholder a query names that is unknown, or whose value this config does not have. */
function placeholderIssues(config) {
    const queries = [
        [['error-rate-query'], config['error-rate-query']],
        [['latency-query'], config['latency-query']],
        [['traffic-query'], config['traffic-query']],
        // The burn-rate queries are checked only when the gate is on: their defaults are always there.
        ...(config['slo-objective'] !== undefined
            ? [
                [['slo-errors-query'], config['slo-errors-query']],
                [['slo-requests-query'], config['slo-requests-query']],
            ]
            : []),
        ...config.gates.flatMap((gate, index) => [
            [['gates', index, 'query'], gate.query],
            [['gates', index, 'traffic-query'], gate['traffic-query']],
        ]),
    ];
    // {{side}} has a value only where a comparison fills it, once for each side.
    const compared = config.compare.flatMap((entry, index) => [
        [['compare', index, 'errors-query'], entry['errors-query']],
        [['compare', index, 'requests-query'], entry['requests-query']],
    ]);
    const problems = (checked, sided) => checked.flatMap(([path, query]) => placeholdersIn(query ?? '').flatMap((name) => {
        const problem = placeholderProblem(name, config, sided);
        return problem ? [{ path, message: problem }] : [];
    }));
    return [...problems(queries, false), ...problems(compared, true)];
}
function placeholderProblem(name, config, sided) {
    if (name === 'side' && !sided)
        return '{{side}} is the canary or the baseline of a comparison: it has a value only in the queries of a compare entry';
    if (!isPlaceholder(name)) {
        const usable = PLACEHOLDERS.filter((known) => sided || known !== 'side');
        const guess = (0,suggest/* nearest */.p)(name, usable);
        const known = usable.map((known) => `{{${known}}}`).join(', ');
        return `{{${name}}} is not a placeholder${guess ? ` (did you mean {{${guess}}}?)` : ''}; use ${known}`;
    }
    const need = NEEDS[name];
    if (need && config[need.key] === undefined)
        return `{{${name}}} is ${need.what}: set ${need.key}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/report/plural.ts
/** "1 sample", "3 samples": counts read as words in every sentence a person sees. */
function plural_plural(count, noun) {
    return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

;// CONCATENATED MODULE: ./src/engine/monitor/sampleCount.ts


/** The samples a window takes when nothing stops it: one each interval, and at least one. */
function plannedSamples({ windowMs, intervalMs }) {
    return Math.max(1, Math.floor(windowMs / intervalMs));
}
/**
 * A failure-threshold the window never reaches: every sample could breach and no gate would fail, so a bad
 * release would pass. An input error, said only of a threshold someone set (the default, 2, meets
 * windowWarnings' warning on windows that short).
 */
function unreachableFailureThreshold(window) {
    const samples = plannedSamples(window);
    if (window.windowMs === 0 || window.failureThreshold <= samples)
        return undefined;
    return {
        path: ['failure-threshold'],
        message: `${window.failureThreshold} breaching samples in a row is more than the ${plural_plural(samples, 'sample')} monitor-window ${(0,duration/* formatDuration */.a3)(window.windowMs)} at monitor-interval ${(0,duration/* formatDuration */.a3)(window.intervalMs)} takes: ` +
            `no gate could fail, even with every sample breaching; lower it to ${samples} or less, or set monitor-window to ${(0,duration/* formatDuration */.a3)(window.failureThreshold * window.intervalMs)} or more`,
    };
}

;// CONCATENATED MODULE: ./src/engine/config/schema.ts


















// A run parses its configuration once: zod's fast path, code it generates and compiles per schema on
// first use, costs more than it saves (5 to 10 ms of every start, measured).
main_core/* config */.$W({ jitless: true });
const schema_SECOND = 1_000;
const schema_HOUR = 3_600_000;
/** The parties whose TLS verification `insecure-skip-tls-verify` can turn off (`version`: the version check); a check has its own key. */
const TLS_PARTIES = ['version', 'prometheus', 'kubernetes', 'grafana', 'datadog', 'slack'];
/**
 * The one source of truth for configuration: the inputs of action.yml, the keys of a config file,
 * the CLI flags, the JSON Schema for editors and the TypeScript types all come from here.
 * `meta.default` is the default as a user writes it; `x-default` describes one taken from the run.
 */
const configShape = {
    service: main_schemas/* string */.YjP().min(1).optional().meta({
        description: 'Service name, used in the report and the summary.',
        'x-default': 'the repository name',
    }),
    environment: main_schemas/* string */.YjP().min(1).prefault('production').meta({
        description: 'Environment name.',
        default: 'production',
    }),
    version: main_schemas/* string */.YjP().min(1).optional().meta({
        description: 'The version that should now be serving.',
        'x-default': '${{ github.sha }}',
    }),
    'base-url': fields/* httpUrl */.q3
        .refine((url) => !(0,fields/* isHttpUrl */.q$)(url) || !/[?#]/.test(url), {
        error: 'a base URL cannot have a query or fragment: paths are appended to it; put ?query in each check path',
    })
        .optional()
        .meta({ description: 'Base URL; check paths and a version-url path resolve against it.' }),
    checks: (0,fields/* yamlList */.gm)(checkSchema/* checkSchema */._U, 'smoke checks (- /health, - GET /ready or - path: ...)').prefault([]).meta({
        description: 'YAML list of smoke checks: "/path", "GET /path", a full URL, or an object (see Smoke checks).',
    }),
    'version-url': fields/* urlOrPath */.u8.optional().meta({
        description: 'URL or path that reports the deployed version; setting it turns the version check on.',
    }),
    'version-field': main_schemas/* string */.YjP().min(1).prefault('commit').meta({
        description: 'Dot path into the JSON response (build.sha); a non-JSON body is the version itself, trimmed.',
        default: 'commit',
    }),
    'version-timeout': (0,fields/* durationBetween */.h9)(schema_SECOND, 6 * schema_HOUR)
        .prefault('2m')
        .meta({
        description: 'How long to keep polling until the version converges.',
        default: '2m',
    }),
    concurrency: (0,fields/* wholeNumber */.rD)(1, 256).prefault(8).meta({
        description: 'How many checks run at once.',
        default: '8',
    }),
    // A job may run for at most 6 hours on GitHub-hosted runners.
    timeout: (0,fields/* durationBetween */.h9)(schema_SECOND, 6 * schema_HOUR)
        .prefault('15m')
        .meta({
        description: 'Hard limit for the whole step.',
        default: '15m',
    }),
    'dry-run': fields/* flag */.Jt.prefault(false).meta({
        description: 'Run the checks, take no action, print what would have been done.',
        default: 'false',
    }),
    ...verifyShape,
    ...monitorShape,
    ...trustShape,
    ...trafficShape,
    ...sloShape,
    ...compareShape,
    ...syntheticTrafficShape,
    ...rollbackShape,
    ...noticesSchema/* noticesShape */.xR,
    ...datadogMetricsShape,
    ...githubShape,
    'insecure-skip-tls-verify': (0,fields/* wordList */.d8)('prometheus, kubernetes')
        .pipe(main_schemas/* array */.YOg((0,fields/* oneOf */.yL)(TLS_PARTIES)).transform((parties) => new Set(parties)))
        .prefault([])
        .meta({
        description: `Parties whose TLS certificate is not verified, from ${TLS_PARTIES.join(', ')} (version: the version check); for a check, set insecure-skip-tls-verify: true on it. A warning names each.`,
        'x-default': 'none',
    }),
};
const configSchema = main_schemas/* strictObject */.rej(configShape).superRefine((config, ctx) => {
    const gated = config.gates.length > 0 ||
        config.compare.length > 0 ||
        config.traffic !== undefined ||
        config['datadog-error-rate-query'] !== undefined ||
        config['datadog-monitor-tags'] !== undefined ||
        (config['prometheus-url'] !== undefined &&
            (errorRateGate(config) !== undefined ||
                config['latency-query'] !== undefined ||
                config['slo-objective'] !== undefined));
    const watching = config['monitor-window'] > 0 && (gated || config['kube-deployment'] !== undefined);
    if (config['prometheus-url'] !== undefined && config['monitor-window'] > 0 && !watching) {
        const key = config['max-error-rate'] === OFF ? 'max-error-rate' : 'error-rate-query';
        ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'off leaves prometheus-url no gate to watch: add gates or latency-query, set kube-deployment (pod health), or set monitor-window to 0',
        });
    }
    const waitingForRollout = config['kube-deployment'] !== undefined && config['rollout-timeout'] > 0;
    for (const issue of rollbackIssues(config))
        ctx.addIssue({ code: 'custom', ...issue });
    const verifying = config.checks.length > 0 ||
        config['version-url'] !== undefined ||
        config.dependencies.length > 0 ||
        config.flows.length > 0;
    if (config.command !== 'rollback' && !verifying && !watching && !waitingForRollout) {
        ctx.addIssue({
            code: 'custom',
            message: 'nothing to check: set checks (a list of smoke checks such as "/health"), version-url (a version check), prometheus-url (metric gates) or kube-deployment (rollout and pod health)',
        });
    }
    const watchedFor = (config['kube-deployment'] ? config['rollout-timeout'] : 0) +
        (watching ? config['monitor-delay'] + config['monitor-window'] : 0);
    if (watchedFor >= config.timeout) {
        ctx.addIssue({
            code: 'custom',
            path: ['timeout'],
            message: `is shorter than rollout-timeout + monitor-delay + monitor-window (${(0,duration/* formatDuration */.a3)(watchedFor)}): every run would end at the time limit; raise timeout or shorten the window`,
        });
    }
    if (config['monitor-window'] > 0 && config['monitor-interval'] > config['monitor-window']) {
        ctx.addIssue({
            code: 'custom',
            path: ['monitor-interval'],
            message: 'is longer than monitor-window: the window would hold no sample; shorten it or widen the window',
        });
    }
    for (const issue of placeholderIssues(config))
        ctx.addIssue({ code: 'custom', ...issue });
    const minRequests = config['min-requests'];
    if (typeof minRequests === 'number' && minRequests > 0 && builtInTrafficQuery(config) === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['min-requests'],
            message: 'needs traffic-query: with your own error-rate-query there is no default count of requests; set traffic-query, e.g. sum(increase(http_requests_total[{{range}}]))',
        });
    }
    if (config['slo-objective'] !== undefined && config['prometheus-url'] === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['slo-objective'],
            message: 'the burn-rate gate queries Prometheus: set prometheus-url',
        });
    }
    for (const issue of duplicateGateNames(config))
        ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of (0,gateSourceSchema/* gateSourceIssues */.vy)(config))
        ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of syntheticTrafficIssues(config))
        ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of (0,noticesSchema/* slackIssues */.PU)(config))
        ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of githubIssues(config))
        ctx.addIssue({ code: 'custom', ...issue });
    if (config['grafana-url'] !== undefined && config['grafana-token'] === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['grafana-token'],
            message: 'required with grafana-url: a service-account token with annotation rights',
        });
    }
    if (config['datadog-api-url'] !== undefined && config['datadog-api-key'] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['datadog-api-key'], message: 'required with datadog-api-url' });
    }
    if (config['latency-query'] === undefined) {
        for (const key of ['max-latency', 'max-latency-ratio']) {
            if (config[key] !== undefined)
                ctx.addIssue({
                    code: 'custom',
                    path: [key],
                    message: 'limits the latency gate, which latency-query turns on: set latency-query',
                });
        }
    }
    else if (config['prometheus-url'] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['latency-query'], message: 'is a Prometheus query: set prometheus-url' });
    }
    if (config['log-error-pattern'] !== undefined && config['kube-deployment'] === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['log-error-pattern'],
            message: 'scans the pods of kube-deployment: set kube-deployment',
        });
    }
    if (config['base-url'] === undefined) {
        config.checks.forEach((check, index) => {
            if (check.path !== undefined || check.url?.startsWith('/')) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['checks', index],
                    message: `path ${JSON.stringify(check.path ?? check.url)} needs base-url (or give a full URL)`,
                });
            }
        });
        config.flows.forEach((flow, index) => flow.steps.forEach((step, stepIndex) => {
            if (step.path !== undefined || step.url?.startsWith('/')) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['flows', index, 'steps', stepIndex],
                    message: `path ${JSON.stringify(step.path ?? step.url)} needs base-url (or give a full URL)`,
                });
            }
        }));
        if (config['version-url']?.startsWith('/')) {
            ctx.addIssue({ code: 'custom', path: ['version-url'], message: 'a path needs base-url (or give a full URL)' });
        }
    }
    if (config['version-url'] !== undefined && config.version === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['version'],
            message: 'required when version-url is set: the version that should be serving',
        });
    }
});
/**
 * A gate's name is its key in the report, the outputs and the notices: two gates of one name would be one
 * row with two meanings. The built-in gates' names are taken while they are on.
 */
function duplicateGateNames(config) {
    const taken = new Map([
        ...(config['datadog-monitor-tags'] !== undefined
            ? [[DATADOG_MONITORS_GATE, 'the Datadog monitors gate (datadog-monitor-tags)']]
            : []),
        ...(errorRateGate(config) ? [['error-rate', 'the built-in error-rate gate']] : []),
        ...(config['latency-query'] !== undefined ? [['latency', 'the latency gate']] : []),
        ...(config['slo-objective'] !== undefined ? [[SLO_GATE_NAME, 'the SLO burn-rate gate']] : []),
    ]);
    const listed = [
        ...config.gates.map((gate, index) => ({
            name: gate.name,
            path: ['gates', index, 'name'],
            what: `gates[${index}]`,
        })),
        ...config.compare.map((entry, index) => ({
            name: entry.name,
            path: ['compare', index, 'name'],
            what: `compare[${index}]`,
        })),
    ];
    return listed.flatMap(({ name, path, what }) => {
        const owner = taken.get(name);
        taken.set(name, owner ?? what);
        return owner
            ? [{ path, message: `${JSON.stringify(name)} is already the name of ${owner}; give each gate its own name` }]
            : [];
    });
}
/**
 * Rules on what was written rather than on the parsed config, where a default cannot be told from the
 * same value given: monitor-window defaults to 5m, and is only a mistake when someone set it.
 */
function givenValueIssues(given) {
    return [
        ...windowIssues(given),
        ...failureThresholdIssues(given),
        ...sloIssues(given),
        ...errorRateSourceIssues(given),
    ];
}
/** A failure-threshold set above the samples the window takes, defaults and all, would let every gate pass. */
function failureThresholdIssues(given) {
    if (given['failure-threshold'] === undefined)
        return [];
    const threshold = configShape['failure-threshold'].safeParse(given['failure-threshold']);
    const window = configShape['monitor-window'].safeParse(given['monitor-window']);
    const interval = configShape['monitor-interval'].safeParse(given['monitor-interval']);
    if (!threshold.success || !window.success || !interval.success)
        return [];
    const issue = unreachableFailureThreshold({
        windowMs: window.data,
        intervalMs: interval.data,
        failureThreshold: threshold.data,
    });
    return issue ? [issue] : [];
}
/** One source per gate: the built-in error-rate gate reads Prometheus or Datadog, never both. */
function errorRateSourceIssues(given) {
    if (given['datadog-error-rate-query'] === undefined || given['error-rate-query'] === undefined)
        return [];
    return [
        {
            path: ['datadog-error-rate-query'],
            message: 'and error-rate-query both set the error-rate gate: keep datadog-error-rate-query to read Datadog, or error-rate-query for Prometheus',
        },
    ];
}
/** The burn-rate keys only mean something with slo-objective; their defaults cannot be told from values given. */
function sloIssues(given) {
    if (given['slo-objective'] !== undefined)
        return [];
    return SLO_KEYS.filter((key) => given[key] !== undefined).map((key) => ({
        path: [key],
        message: 'belongs to the SLO burn-rate gate, which slo-objective turns on: set slo-objective (e.g. 99.9)',
    }));
}
const SLO_KEYS = Object.keys(sloShape).filter((key) => key !== 'slo-objective');
function windowIssues(given) {
    const window = configShape['monitor-window'].safeParse(given['monitor-window']);
    const watched = [
        'prometheus-url',
        'kube-deployment',
        'gates',
        'compare',
        'traffic',
        'datadog-error-rate-query',
        'datadog-monitor-tags',
    ].some((key) => given[key] !== undefined);
    if (given['monitor-window'] === undefined || !window.success || window.data === 0 || watched)
        return [];
    return [
        {
            path: ['monitor-window'],
            message: 'is how long the monitor watches, and nothing turns it on: set prometheus-url (metric gates) or kube-deployment (pod health), or set monitor-window to 0',
        },
    ];
}
const CONFIG_KEYS = Object.keys(configShape);

// EXTERNAL MODULE: ./src/engine/secrets.ts
var engine_secrets = __nccwpck_require__(9887);
;// CONCATENATED MODULE: ./src/engine/config/issues.ts

/** `['checks', 0, 'expect']` -> `checks[0].expect`; a key that is no plain word is quoted: `headers["x a"]`. */
function formatPath(path) {
    return path
        .map((part, index) => {
        if (typeof part === 'number')
            return `[${part}]`;
        // A key with a space or a line break (a bad header name) would otherwise read as part of the message.
        if (!/^[\w.-]+$/.test(String(part)))
            return `[${JSON.stringify(String(part))}]`;
        return index === 0 ? String(part) : `.${String(part)}`;
    })
        .join('');
}
/**
 * One readable line per problem, each naming where it is; unions report the branch the value was meant for.
 * An unknown key also comes back as `key`: at the top level its path is empty, and the key alone tells which layer it came from.
 */
function describeIssues(issues, root, base = []) {
    return issues.flatMap((issue) => {
        const path = [...base, ...issue.path];
        if (issue.code === 'invalid_union') {
            const meant = issue.errors.find((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'));
            if (meant)
                return describeIssues(meant, root, path);
        }
        if (issue.code === 'invalid_key')
            return describeIssues(issue.issues, root, path);
        if (issue.code === 'unrecognized_keys') {
            const known = keysAt(root, path);
            return issue.keys.map((key) => {
                const guess = (0,suggest/* nearest */.p)(key, known);
                return {
                    path,
                    key,
                    message: `unknown key ${JSON.stringify(key)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : `; known keys: ${known.join(', ')}`}`,
                };
            });
        }
        return [{ path, message: issue.message }];
    });
}
/** The keys the object schema(s) at `path` accept, following arrays, unions, pipes and defaults. */
function keysAt(schema, path) {
    const def = schema._zod.def;
    switch (def.type) {
        case 'optional':
        case 'nullable':
        case 'default':
        case 'prefault':
            return keysAt(def.innerType, path);
        case 'pipe':
            return [...new Set([...keysAt(def.in, path), ...keysAt(def.out, path)])];
        case 'union':
            return [...new Set(def.options.flatMap((option) => keysAt(option, path)))];
        case 'array':
            return path.length > 0 && typeof path[0] === 'number' ? keysAt(def.element, path.slice(1)) : [];
        case 'object': {
            const shape = def.shape;
            if (path.length === 0)
                return Object.keys(shape);
            const next = shape[String(path[0])];
            return next ? keysAt(next, path.slice(1)) : [];
        }
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/engine/config/load.ts




/** Inputs whose text is a YAML document rather than a scalar. */
const STRUCTURED_INPUTS = new Set([
    'checks',
    'gates',
    'compare',
    'traffic',
    'dependencies',
    'flows',
]);
/** Merges the layers, validates everything at once and names the input or file key of every problem. */
async function loadConfig(sources) {
    const errors = [];
    const parsedFile = sources.file
        ? (await loadYaml()).parseYaml(sources.file.text, `config file ${sources.file.path}`, errors)
        : undefined;
    const fileValue = sources.file
        ? expandEnv(parsedFile, sources.env ?? {}, `config file ${sources.file.path}`, errors)
        : undefined;
    const fromFile = isMapping(fileValue) ? fileValue : {};
    if (sources.file && fileValue !== undefined && fileValue !== null && !isMapping(fileValue)) {
        errors.push(`config file ${sources.file.path}: expected a mapping of keys such as base-url and checks`);
    }
    const fromInputs = {};
    for (const [key, text] of Object.entries(sources.inputs)) {
        if (text === undefined || text.trim() === '')
            continue;
        fromInputs[key] = STRUCTURED_INPUTS.has(key)
            ? (plainLines(text) ?? (await parseListInput(text, key, errors)))
            : text;
    }
    const merged = { ...sources.context, ...fromFile, ...fromInputs };
    const secrets = (0,engine_secrets/* findSecrets */.dL)([merged, Object.values(sources.inputs)]);
    const redact = (0,engine_secrets/* createRedactor */.lY)(secrets);
    if (errors.length > 0)
        return { ok: false, errors: errors.map(redact), secrets };
    const parsed = configSchema.safeParse(merged);
    const issues = [
        ...(parsed.success ? [] : describeIssues(parsed.error.issues, configSchema)),
        ...givenValueIssues(merged),
    ];
    if (parsed.success && issues.length === 0) {
        const resolved = resolveUrlEnv(parsed.data, sources.env ?? {});
        const allSecrets = [...secrets, ...resolved.secrets];
        if (resolved.errors.length > 0)
            return { ok: false, errors: resolved.errors.map((0,engine_secrets/* createRedactor */.lY)(allSecrets)), secrets: allSecrets };
        return { ok: true, config: parsed.data, secrets: allSecrets };
    }
    return {
        ok: false,
        secrets,
        errors: issues.map(({ path, message, key }) => {
            const where = path.length > 0 ? `${formatPath(path)}: ` : '';
            const topKey = String(path[0] ?? key ?? '');
            const inFile = sources.file && topKey !== '' && !(topKey in fromInputs) && topKey in fromFile
                ? ` (in ${sources.file.path})`
                : '';
            return redact(`${where}${message}${inFile}`);
        }),
    };
}
/** `/health`, `GET /ready` or a full URL alone on a line. */
const CHECK_LINE = /^(?:[A-Za-z]+\s+)?(?:\/|https?:\/\/)\S*$/;
const listLines = (text) => text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
/** As actions commonly take lists, one check per line (`/health`, `GET /ready`); undefined when the text is anything else. */
function plainLines(text) {
    const lines = listLines(text);
    // Plain lines with a comment or a `#` line between them are not valid YAML, though each is a check: read them first.
    return lines.length > 0 && lines.every((line) => CHECK_LINE.test(line)) ? lines : undefined;
}
/** A YAML list; a lone scalar is read as one item per line. */
async function parseListInput(text, key, errors) {
    const value = (await loadYaml()).parseYaml(text, key, errors);
    return typeof value === 'string' ? listLines(text) : value;
}
// The YAML parser is a quarter of the entry's code: a run with one check per line and no config file never loads it.
const loadYaml = () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(734)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6734));
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** `${NAME}` in a config file's strings, from the environment: a file keeps no secret, the runner holds it. */
function expandEnv(value, env, source, errors) {
    if (typeof value === 'string') {
        return value.replace(ENV_REFERENCE, (reference, name) => {
            const found = env[name];
            if (found === undefined)
                errors.push(`${source}: ${reference} is not set in the environment`);
            return found ?? '';
        });
    }
    if (Array.isArray(value))
        return value.map((item) => expandEnv(item, env, source, errors));
    if (isMapping(value))
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, expandEnv(inner, env, source, errors)]));
    return value;
}
/** Fills each dependency's url from its url-env, checks its scheme, and returns the credentials it brought. */
function resolveUrlEnv(config, env) {
    const errors = [];
    const urls = [];
    config.dependencies.forEach((dependency, index) => {
        const name = dependency['url-env'];
        if (name === undefined)
            return;
        const url = env[name];
        if (url === undefined || url.trim() === '') {
            errors.push(`dependencies[${index}].url-env: ${JSON.stringify(name)} is not set in the environment; set it from a secret, e.g. env: ${name}: \${{ secrets.${name} }}`);
            return;
        }
        urls.push(url);
        if (!DEPENDENCY_SCHEMES[dependency.type].includes(schemeOf(url))) {
            errors.push(`dependencies[${index}].url-env: ${name} does not hold a ${dependency.type} URL (${DEPENDENCY_SCHEMES[dependency.type].map((scheme) => `${scheme}//`).join(' or ')})`);
        }
        dependency.url = url;
    });
    return { errors, secrets: (0,engine_secrets/* findSecrets */.dL)(urls) };
}

;// CONCATENATED MODULE: ./src/engine/report/timeText.ts
/** "+1:05": time since the run started, as a person reads a timeline or a chart's axis. */
function timeText_elapsed(ms) {
    const seconds = Math.max(0, Math.round(ms / 1_000));
    const hours = Math.floor(seconds / 3_600);
    const minutes = Math.floor((seconds % 3_600) / 60);
    const rest = String(seconds % 60).padStart(2, '0');
    return hours > 0 ? `+${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `+${minutes}:${rest}`;
}
/** "17:42:03 UTC": to the second, which is what a person compares with a dashboard. */
function timeText_clockTime(iso) {
    return `${iso.slice(11, 19)} UTC`;
}

;// CONCATENATED MODULE: ./src/engine/report/terminal.ts


const MARK = { passed: '✓', warning: '!', failed: '✗' };
/** One line per check as it finishes, so a person watching the log sees progress. */
function progressLine(outcome) {
    return `${MARK[outcome.result]} ${outcome.name} — ${outcome.result}: ${outcome.detail} (${(0,duration/* formatDuration */.a3)(outcome.durationMs)})`;
}
const BODY_LINES = 8;
/** The CLI's report: the same facts as the job summary, for a terminal. */
function renderTerminal(report) {
    const lines = [
        `post-deploy-check: ${report.verdict.result.toUpperCase()} — ${report.service} in ${report.environment} (${(0,duration/* formatDuration */.a3)(report.durationMs)})`,
    ];
    if (report.dryRun)
        lines.push('dry run: checks ran; no action was taken');
    lines.push('');
    for (const check of report.checks) {
        lines.push(`  ${MARK[check.result]} ${check.name}${check.required ? '' : ' (optional)'} — ${check.detail} [${(0,duration/* formatDuration */.a3)(check.durationMs)}]`);
        if (check.result === 'passed')
            continue;
        if (check.request)
            lines.push(`      request: ${check.request.method} ${check.request.url}`);
        if (check.analysis)
            lines.push(`      cause:   ${check.analysis.cause}`, `      next:    ${check.analysis.nextStep}`);
        if (check.response?.bodyExcerpt) {
            const body = check.response.bodyExcerpt.trimEnd().split('\n').slice(0, BODY_LINES);
            lines.push(`      body:    ${body[0]}`, ...body.slice(1).map((line) => `               ${line}`));
        }
    }
    if (report.rollback)
        lines.push('', ...rollbackLines(report.rollback, report.timeline));
    lines.push('', report.summary);
    return lines.join('\n');
}
const ROLLBACK_WORDS = {
    'rolled-back': 'rolled back',
    failed: 'ROLLBACK FAILED',
    'not-rolled-back': 'not rolled back',
    manual: 'rollback needed: manual',
    off: 'rollback needed: rollback is off',
    'dry-run': 'dry run: nothing was undone',
};
/** What was done about the failure, and when each step happened since the run started: the timeline. */
function rollbackLines(rollback, timeline) {
    const start = Date.parse(timeline.started);
    const events = [
        ['failure detected', timeline.failureDetected],
        ['rollback started', timeline.rollbackStarted],
        ['rollback completed', timeline.rollbackCompleted],
    ];
    return [
        `  rollback: ${ROLLBACK_WORDS[rollback.outcome]} — ${rollback.message}`,
        ...(rollback.required ? rollback.manualSteps.map((step) => `      run:     ${step}`) : []),
        ...events.flatMap(([what, at]) => (at ? [`  ${timeText_elapsed(Date.parse(at) - start).padEnd(8)}${what}`] : [])),
    ];
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json by a test; a JSON import would pull package.json into the bundle. */
const TOOL = { name: 'post-deploy-check', version: '0.1.0' };

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/adapters/shared/configFile.ts

/** The config file's text, or a message naming the input and why it could not be read. */
async function readConfigFile(path, inputName) {
    try {
        return { path, text: await (0,promises_.readFile)(path, 'utf8') };
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
        return {
            error: `${inputName}: cannot read ${JSON.stringify(path)} (${reason}); give the path of a YAML or JSON config file, relative to the working directory`,
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/checks/dependencyPlan.ts

function planDependencies(config, naming) {
    return config.dependencies.map((dependency) => ({
        name: naming.unique(dependency.name),
        target: {
            type: dependency.type,
            url: dependency.url,
            statement: dependency.query ?? dependency.command,
            timeoutMs: dependency.timeout ?? DEPENDENCY_TIMEOUT_MS[dependency.type],
        },
        required: dependency.required,
    }));
}

// EXTERNAL MODULE: ./src/engine/http.ts
var http = __nccwpck_require__(3948);
;// CONCATENATED MODULE: ./src/engine/checks/httpPlan.ts


function planHttpChecks(config, naming) {
    return config.checks.map((check) => ({
        ...plannedRequest(check, naming.resolve, naming.unique(check.name ?? `${check.method} ${(0,engine_secrets/* redactUrl */.BO)((check.url ?? check.path))}`)),
        required: check.required,
        ...(check.burst ? { burst: check.burst } : {}),
    }));
}
/** The exact request a check or a flow step sends, and how its answer is judged. */
function plannedRequest(check, resolve, name) {
    const target = (check.url ?? check.path);
    return {
        name,
        request: requestOf({ ...check, url: resolve(target) }),
        expect: check.expect,
        timeoutMs: check.timeout,
        retries: check.retries,
        retryOn: check['retry-on'],
        followRedirects: check['follow-redirects'],
        insecureSkipTlsVerify: check['insecure-skip-tls-verify'],
    };
}
/** The request as sent: a `json` body serialised, with its content type unless the headers give one. */
function requestOf(parts) {
    const request = { method: parts.method, url: parts.url, headers: { ...parts.headers } };
    if (parts.json !== undefined) {
        request.body = JSON.stringify(parts.json);
        if (!(0,http/* hasHeader */.o)(request.headers, 'content-type'))
            request.headers['content-type'] = 'application/json';
    }
    else if (parts.body !== undefined) {
        request.body = parts.body;
    }
    return request;
}

;// CONCATENATED MODULE: ./src/engine/checks/flowPlan.ts


function planFlows(config, naming) {
    return config.flows.map((flow) => ({
        name: naming.unique(flow.name),
        steps: flow.steps.map((step, index) => ({
            ...plannedRequest(step, naming.resolve, step.name ?? `step ${index + 1} (${step.method} ${(0,engine_secrets/* redactUrl */.BO)((step.url ?? step.path))})`),
            required: true,
            capture: step.capture ?? {},
        })),
        timeoutMs: flow.timeout,
        required: flow.required,
    }));
}

;// CONCATENATED MODULE: ./src/engine/checks/naming.ts
function planNaming(config, reserved) {
    const base = config['base-url'];
    const taken = new Set(reserved);
    return {
        resolve: (target) => (base && target.startsWith('/') ? joinUrl(base, target) : target),
        unique(name) {
            let candidate = name;
            for (let n = 2; taken.has(candidate); n++)
                candidate = `${name} #${n}`;
            taken.add(candidate);
            return candidate;
        },
    };
}
/** `https://x/api` + `/health` -> `https://x/api/health`: a base path is kept, not replaced. */
function joinUrl(base, path) {
    return base.replace(/\/+$/, '') + path;
}

;// CONCATENATED MODULE: ./src/engine/checks/versionPlan.ts
const VERSION_CHECK_NAME = 'version';
/** Only with both version-url and version: polling without an expected version could only guess. */
function planVersionCheck(config, naming) {
    const url = config['version-url'];
    if (!url || !config.version)
        return undefined;
    return {
        name: VERSION_CHECK_NAME,
        url: naming.resolve(url),
        field: config['version-field'],
        expected: config.version,
        timeoutMs: config['version-timeout'],
        insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('version'),
    };
}

;// CONCATENATED MODULE: ./src/engine/kubernetes/target.ts
function planKubernetes(config) {
    const deployment = config['kube-deployment'];
    if (!deployment)
        return undefined;
    return {
        deployment,
        namespace: config['kube-namespace'],
        context: config['kube-context'],
        selector: config['kube-selector'],
        rolloutTimeoutMs: config['rollout-timeout'],
        insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('kubernetes'),
    };
}
/**
 * `deployment/NAME -n NS [--context=C]`: what every kubectl command shown to a person is about, in
 * one form, so that a command copied from any message reaches the same Deployment.
 */
function kubectlTarget(target) {
    return `deployment/${target.deployment} ${kubectlScope(target)}`;
}
/** `-n NS [--context=C]`: the namespace and context alone, for commands about other objects than the Deployment. */
function kubectlScope(target) {
    return `-n ${target.namespace}${target.context ? ` --context=${target.context}` : ''}`;
}

;// CONCATENATED MODULE: ./src/engine/monitor/listedGatePlan.ts





/** One entry of `gates`, planned with its source: the limits are the same whatever the source. */
function planListedGate(gate, config, onInconclusive) {
    const source = sourceOf(gate, config);
    const web = source === 'web' ? webRead(gate, config['base-url']) : undefined;
    return {
        name: gate.name,
        // A web gate has no query: what it shows in the query's place is the request it sends.
        query: web ? `${web.request.method} ${(0,engine_secrets/* redactUrl */.BO)(web.request.url)} → ${web.valuePath}` : (gate.query ?? ''),
        max: gate.max,
        min: gate.min,
        maxRatio: gate['max-ratio'],
        onInconclusive: gate['on-inconclusive'] ?? onInconclusive,
        ...(gate['max-consecutive-errors'] !== undefined ? { maxConsecutiveErrors: gate['max-consecutive-errors'] } : {}),
        ...(gate['min-delta'] !== undefined ? { minDelta: gate['min-delta'] } : {}),
        mode: gate.mode ?? 'enforce',
        ...(gate['traffic-query'] !== undefined
            ? { traffic: { query: gate['traffic-query'], minRequests: gate['min-requests'] ?? 0 } }
            : {}),
        ...(source !== 'prometheus' ? { source } : {}),
        ...(source === 'datadog' ? { lookbackMs: gate.lookback ?? gateSourceSchema/* DEFAULT_LOOKBACK_MS */.i8 } : {}),
        ...(web ? { web } : {}),
    };
}
/** `source`, or Prometheus while prometheus-url is set (the config rejects a gate with neither). */
function sourceOf(gate, config) {
    return gate.source ?? (config['prometheus-url'] !== undefined ? 'prometheus' : 'web');
}
function webRead(gate, baseUrl) {
    const target = (gate.url ?? gate.path);
    const url = baseUrl && target.startsWith('/') ? joinUrl(baseUrl, target) : target;
    const headers = { ...gate.headers };
    if (!(0,http/* hasHeader */.o)(headers, 'accept'))
        headers.accept = 'application/json';
    return {
        request: requestOf({ method: gate.method ?? 'GET', url, headers, body: gate.body, json: gate.json }),
        valuePath: gate.value,
        insecureSkipTlsVerify: gate['insecure-skip-tls-verify'] ?? false,
    };
}

;// CONCATENATED MODULE: ./src/engine/traffic/trafficPlan.ts








const TRAFFIC_GATE_NAME = 'traffic';
/** Sent with every traffic request, so a team can filter the action's own requests out of dashboards and SLOs. */
const TRAFFIC_HEADERS = {
    'user-agent': `${TOOL.name}/${TOOL.version} (traffic)`,
    'x-post-deploy-check': 'traffic',
};
// Redirects are answers: a traffic request that is sent on to a login page has still been served.
const ANSWERED = ['2xx', '3xx'];
const MAX_DROPPED_SHARE = 0.1;
/** The requests `traffic` sends and the gate that judges them; absent without `traffic`. */
function planTraffic(config, onInconclusive) {
    const given = config.traffic;
    if (!given)
        return undefined;
    const resolve = planNaming(config, []).resolve;
    const sources = given.requests ?? config.checks.filter((check) => check.method === 'GET' || check.method === 'HEAD');
    const requests = sources.map((source) => trafficRequest(source, resolve));
    const traffic = {
        ratePerSecond: given.rate,
        requests,
        maxInFlight: given['max-in-flight'],
        maxRequests: given['max-requests'] ?? Math.max(1, Math.round((given.rate * config['monitor-window']) / 1_000)),
    };
    return { traffic, gate: trafficGate(given, config, traffic, onInconclusive) };
}
function trafficRequest(source, resolve) {
    const name = source.name ?? `${source.method} ${(0,engine_secrets/* redactUrl */.BO)((source.url ?? source.path))}`;
    const planned = plannedRequest({ ...source, retries: 0, 'retry-on': [] }, resolve, name);
    // Ours replace any User-Agent the request names: the marker is what lets a team filter the traffic out.
    const headers = Object.fromEntries(Object.entries(planned.request.headers).filter(([header]) => !(header.toLowerCase() in TRAFFIC_HEADERS)));
    return {
        name,
        request: { ...planned.request, headers: { ...headers, ...TRAFFIC_HEADERS } },
        expect: { ...planned.expect, status: planned.expect.status ?? [...ANSWERED] },
        timeoutMs: planned.timeoutMs,
        followRedirects: planned.followRedirects,
        insecureSkipTlsVerify: planned.insecureSkipTlsVerify,
    };
}
function trafficGate(given, config, traffic, onInconclusive) {
    const maxErrorRate = trafficMaxErrorRate(given, config['max-error-rate']);
    const maxP95 = given['max-p95'];
    return {
        name: TRAFFIC_GATE_NAME,
        query: `${traffic.ratePerSecond}/s of ${traffic.requests.map((request) => request.name).join(', ')}`,
        ...(maxErrorRate !== OFF ? { max: maxErrorRate } : {}),
        onInconclusive: given['on-inconclusive'] ?? onInconclusive,
        ...(given.mode ? { mode: given.mode } : {}),
        synthetic: {
            ...(maxP95 !== undefined ? { maxP95Ms: maxP95 * 1_000 } : {}),
            minRequests: builtInMinRequests({ 'min-requests': given['min-requests'], 'max-error-rate': maxErrorRate }),
            maxDroppedShare: MAX_DROPPED_SHARE,
        },
    };
}
/** "2/s, at most 16 in flight and 600 requests: GET https://shop/health, …", for the dry-run plan. */
function trafficLine(traffic, windowMs) {
    return `traffic ${traffic.ratePerSecond} requests/s for ${(0,duration/* formatDuration */.a3)(windowMs)}, at most ${traffic.maxInFlight} in flight and ${traffic.maxRequests} in all: ${traffic.requests.map((request) => `${request.request.method} ${(0,engine_secrets/* redactUrl */.BO)(request.request.url)}`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/engine/monitor/monitorPlan.ts









/** The error-rate gate, the latency gate when a query is given, the burn-rate gate, the listed gates, then the comparisons. */
function planMonitor(config) {
    const prometheusUrl = config['prometheus-url'];
    const monitorTags = config['datadog-monitor-tags'];
    const readsMetrics = prometheusUrl !== undefined ||
        config.gates.length > 0 ||
        config.compare.length > 0 ||
        config.traffic !== undefined ||
        config['datadog-error-rate-query'] !== undefined ||
        monitorTags !== undefined;
    if (config['monitor-window'] === 0 || (!readsMetrics && !config['kube-deployment']))
        return undefined;
    const onInconclusive = config['on-inconclusive'];
    const { gates, unchecked } = builtInGates(config, onInconclusive);
    if (prometheusUrl) {
        const slo = sloGate(config, onInconclusive);
        if (slo)
            gates.push(slo);
    }
    gates.push(...config.gates.map((gate) => planListedGate(gate, config, onInconclusive)));
    if (monitorTags !== undefined)
        gates.push(monitorsGate(monitorTags, onInconclusive));
    gates.push(...config.compare.map((entry) => comparisonGate(entry, onInconclusive, config['baseline-offset'])));
    const traffic = planTraffic(config, onInconclusive);
    if (traffic)
        gates.push(traffic.gate);
    // Every gate turned off and no Deployment: a window would watch nothing and only wait.
    if (gates.length === 0 && !config['kube-deployment'])
        return undefined;
    const values = placeholderValues(config);
    return {
        windowMs: config['monitor-window'],
        intervalMs: config['monitor-interval'],
        delayMs: config['monitor-delay'],
        failureThreshold: config['failure-threshold'],
        successThreshold: config['success-threshold'],
        maxConsecutiveErrors: config['max-consecutive-errors'],
        baselineOffsetMs: config['baseline-offset'],
        prometheus: prometheusUrl
            ? {
                url: prometheusUrl,
                headers: config['prometheus-headers'] ?? {},
                insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('prometheus'),
            }
            : undefined,
        ...(config['scrape-interval'] !== undefined ? { scrapeIntervalMs: config['scrape-interval'] } : {}),
        ...datadogAccess(config, gates),
        gates: gates.map((gate) => ({
            ...gate,
            // Monitor tags are Datadog's, taken as written: only queries have placeholders.
            query: gate.monitorTags ?? fillPlaceholders(gate.query, values),
            ...(gate.traffic ? { traffic: { ...gate.traffic, query: fillPlaceholders(gate.traffic.query, values) } } : {}),
            ...(gate.slo
                ? {
                    slo: {
                        ...gate.slo,
                        errorsQuery: fillPlaceholders(gate.slo.errorsQuery, values),
                        requestsQuery: fillPlaceholders(gate.slo.requestsQuery, values),
                    },
                }
                : {}),
            ...(gate.compare
                ? {
                    compare: {
                        ...gate.compare,
                        errorsQuery: fillPlaceholders(gate.compare.errorsQuery, values),
                        requestsQuery: fillPlaceholders(gate.compare.requestsQuery, values),
                    },
                }
                : {}),
        })),
        ...(unchecked.length > 0 ? { trafficUnchecked: trafficUncheckedNote(unchecked) } : {}),
        ...(traffic ? { traffic: traffic.traffic } : {}),
        pods: config['kube-deployment']
            ? {
                maxRestarts: config['max-restarts'],
                logPattern: config['log-error-pattern'],
                maxLogErrors: config['max-log-errors'],
            }
            : undefined,
    };
}
/** What a query's placeholders stand for in this run; `{{range}}` comes later, with the scrape interval. */
function placeholderValues(config) {
    return {
        interval: promqlDuration(config['monitor-interval']),
        service: config.service,
        environment: config.environment,
        version: config.version,
        namespace: config['kube-namespace'],
        deployment: config['kube-deployment'],
    };
}
/**
 * The error-rate gate (from Prometheus, or Datadog with datadog-error-rate-query) and the latency gate, with the
 * traffic they count; `unchecked` names those that will judge samples without counting their requests.
 */
function builtInGates(config, onInconclusive) {
    const gates = [];
    const unchecked = [];
    const minRequests = builtInMinRequests(config);
    const datadogQuery = config['datadog-error-rate-query'];
    const max = config['max-error-rate'];
    const errorRate = { name: 'error-rate', onInconclusive, mode: config['error-rate-mode'] };
    if (datadogQuery !== undefined && max !== OFF) {
        // Its traffic query, when given, is read from Datadog too: one source per gate.
        const query = config['traffic-query'];
        gates.push({
            ...errorRate,
            query: datadogQuery,
            max,
            source: 'datadog',
            lookbackMs: gateSourceSchema/* DEFAULT_LOOKBACK_MS */.i8,
            ...(query ? { traffic: { query, minRequests } } : {}),
        });
        if (!query)
            unchecked.push('error-rate');
    }
    if (config['prometheus-url'] === undefined)
        return { gates, unchecked };
    const trafficQuery = builtInTrafficQuery(config);
    const traffic = datadogQuery === undefined && trafficQuery ? { traffic: { query: trafficQuery, minRequests } } : {};
    const prometheusErrorRate = datadogQuery === undefined ? errorRateGate(config) : undefined;
    if (prometheusErrorRate)
        gates.push({ ...errorRate, ...prometheusErrorRate, ...traffic });
    const latencyQuery = config['latency-query'];
    if (latencyQuery) {
        gates.push({
            name: 'latency',
            query: latencyQuery,
            max: config['max-latency'],
            maxRatio: config['max-latency-ratio'] ?? DEFAULT_MAX_LATENCY_RATIO,
            minDelta: config['latency-min-delta'],
            onInconclusive,
            mode: config['latency-mode'],
            ...traffic,
        });
    }
    if (!traffic.traffic)
        unchecked.push(...gates.filter((gate) => gate.source === undefined).map((gate) => gate.name));
    return { gates, unchecked };
}
/** The datadog-monitors gate: judged by its monitors' states, so its tags are all it has to show. */
function monitorsGate(tags, onInconclusive) {
    return { name: DATADOG_MONITORS_GATE, query: tags, monitorTags: tags, source: 'datadog', onInconclusive };
}
/** The Datadog keys, when a gate reads Datadog's metrics or monitors (the config requires both keys then). */
function datadogAccess(config, gates) {
    const apiKey = config['datadog-api-key'];
    const appKey = config['datadog-app-key'];
    if (!gates.some((gate) => gate.source === 'datadog') || !apiKey || !appKey)
        return {};
    return {
        datadog: {
            site: config['datadog-site'],
            ...(config['datadog-api-url'] !== undefined ? { apiUrl: config['datadog-api-url'] } : {}),
            apiKey,
            appKey,
            insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('datadog'),
        },
    };
}
/** A built-in gate with no traffic query: its samples are judged however few requests they cover. */
function trafficUncheckedNote(gates) {
    return `${gates.join(' and ')}: no traffic check, as the error-rate query is your own and traffic-query is not set: a sample of a handful of requests is judged like any other (set traffic-query, a query of the gate's own source counting its requests, e.g. ${DEFAULT_TRAFFIC_QUERY} for Prometheus)`;
}
/** The SLO burn-rate gate, when slo-objective turns it on; its query, as shown, is the errors one. */
function sloGate(config, onInconclusive) {
    const objective = config['slo-objective'];
    if (objective === undefined)
        return undefined;
    return {
        name: SLO_GATE_NAME,
        query: config['slo-errors-query'],
        max: config['max-burn-rate'],
        onInconclusive,
        mode: 'enforce',
        slo: {
            objectivePercent: objective,
            periodMs: config['slo-period'],
            warnBurn: config['warn-burn-rate'],
            shortWindowMs: config['burn-short-window'],
            errorsQuery: config['slo-errors-query'],
            requestsQuery: config['slo-requests-query'],
            minRequests: builtInMinRequests(config),
        },
    };
}
/**
 * A comparison, as a gate so that the table, the verdict, its mode and the notices carry it. Its query, as
 * shown, is the canary's errors query; failure-threshold does not apply (see docs/compare.md).
 */
function comparisonGate(entry, onInconclusive, baselineOffsetMs) {
    return {
        name: entry.name,
        query: fillPlaceholders(entry['errors-query'], { side: entry.canary }),
        onInconclusive: entry['on-inconclusive'] ?? onInconclusive,
        mode: entry.mode ?? 'enforce',
        // Prometheus is the default; a web source is refused by the schema.
        ...(entry.source === 'datadog' ? { source: entry.source } : {}),
        compare: {
            errorsQuery: entry['errors-query'],
            requestsQuery: entry['requests-query'],
            canary: entry.canary,
            baseline: entry.baseline === BEFORE ? { beforeMs: baselineOffsetMs } : { side: entry.baseline },
            maxIncrease: entry['max-increase'],
            confidence: entry.confidence,
            minEvents: entry['min-events'],
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/notices/noticesPlan.ts
/**
 * The one place that says which channel posts which event: Slack only those of slack-notify-on
 * (a channel with alerting on every message would page people for each start), the others all.
 */
function channelWants(notices, channel, event) {
    return channel !== 'slack' || (notices?.slack?.notifyOn.has(event) ?? true);
}
/** Absent when no channel is configured. */
function planNotices(config) {
    const grafanaUrl = config['grafana-url'];
    const grafanaToken = config['grafana-token'];
    const apiKey = config['datadog-api-key'];
    const webhookUrl = config['slack-webhook-url'];
    const botToken = config['slack-bot-token'];
    const slackChannel = config['slack-channel'];
    // The schema refuses both paths at once and a token without a channel: the bot is set up whole or not at all.
    const bot = botToken && slackChannel ? { token: botToken, channel: slackChannel, apiUrl: config['slack-api-url'] } : undefined;
    const insecure = config['insecure-skip-tls-verify'];
    const notices = {
        ...(grafanaUrl && grafanaToken
            ? {
                grafana: {
                    url: grafanaUrl,
                    token: grafanaToken,
                    dashboardUid: config['grafana-dashboard-uid'],
                    tags: config['grafana-tags'],
                    insecureSkipTlsVerify: insecure.has('grafana'),
                },
            }
            : {}),
        ...(apiKey
            ? {
                datadog: {
                    apiKey,
                    site: config['datadog-site'],
                    apiUrl: config['datadog-api-url'],
                    tags: config['datadog-tags'],
                    insecureSkipTlsVerify: insecure.has('datadog'),
                },
            }
            : {}),
        ...(bot || webhookUrl
            ? {
                slack: {
                    ...(bot ? { bot } : { webhookUrl }),
                    notifyOn: config['slack-notify-on'],
                    mention: config['slack-mention'],
                    insecureSkipTlsVerify: insecure.has('slack'),
                },
            }
            : {}),
        dashboardUrl: grafanaUrl && config['grafana-dashboard-uid']
            ? dashboardLink(grafanaUrl, config['grafana-dashboard-uid'])
            : undefined,
    };
    return notices.grafana || notices.datadog || notices.slack ? notices : undefined;
}
/** A link goes to people and to Slack: never with the credentials or the query a grafana-url may carry. */
function dashboardLink(grafanaUrl, uid) {
    const base = new URL(grafanaUrl);
    return `${base.origin}${base.pathname.replace(/\/+$/, '')}/d/${encodeURIComponent(uid)}`;
}

;// CONCATENATED MODULE: ./src/engine/github/deploymentPlan.ts
/** GitHub's limit on a deployment status's description. */
const DEPLOYMENT_DESCRIPTION_LIMIT = 140;
/** Absent when github-deployment is off. */
function planGitHubDeployment(config) {
    const mode = config['github-deployment'];
    const token = config['github-token'];
    if (mode === 'off' || token === undefined)
        return undefined;
    return {
        mode,
        ...(config['github-deployment-id'] !== undefined ? { deploymentId: config['github-deployment-id'] } : {}),
        token,
        ...(config['base-url'] !== undefined ? { environmentUrl: withoutCredentials(config['base-url']) } : {}),
    };
}
/**
 * The state the run ends the deployment in: success for a release that passed (or only warned), failure for
 * one that failed whether rolled back or not, error when nothing judged the release: a cancel, or a failure
 * that is all setup problems (a check that could not run), which says nothing of the release.
 */
function finalDeploymentState(result, checks) {
    if (result === 'passed' || result === 'warning')
        return 'success';
    if (result === 'cancelled')
        return 'error';
    const failed = checks.filter((check) => check.result === 'failed');
    return failed.length > 0 && failed.every((check) => check.setupProblem) ? 'error' : 'failure';
}
/** The one-line summary cut to GitHub's limit, counted in characters (code points), ending in "…" when cut. */
function deploymentDescription(text, limit = DEPLOYMENT_DESCRIPTION_LIMIT) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const characters = Array.from(oneLine);
    return characters.length <= limit ? oneLine : `${characters.slice(0, limit - 1).join('')}…`;
}
/** A link people open from GitHub: never with the user and password a base-url may carry. */
function withoutCredentials(url) {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password)
        return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
}

;// CONCATENATED MODULE: ./src/engine/github/commentPlan.ts
/** Absent when pr-comment is off. */
function planPullRequestComment(config) {
    const when = config['pr-comment'];
    const token = config['github-token'];
    if (when === 'off' || token === undefined)
        return undefined;
    return { when, ...(config['pr-number'] !== undefined ? { number: config['pr-number'] } : {}), token };
}
/**
 * The hidden first line that finds this service's comment in this environment again. Both names are
 * percent-encoded, so neither can end the HTML comment nor make one marker a prefix of another's.
 */
function commentMarker(service, environment) {
    return `<!-- post-deploy-check service=${encodeURIComponent(service)} environment=${encodeURIComponent(environment)} -->`;
}
/**
 * What the run does with its comment. on-failure creates one only for a failure, but a comment an earlier
 * run left is brought up to date whatever the verdict: a re-run that passed must not leave "Failed" standing.
 */
function commentAction(when, result, existing) {
    if (existing)
        return 'update';
    return when === 'always' || result === 'failed' ? 'create' : 'skip';
}

;// CONCATENATED MODULE: ./src/engine/rollback/rollbackPlan.ts


/** Absent without a way to roll back: no kube-deployment, helm-release or rollback-command. */
function planRollback(config, target) {
    const method = rollbackMethod(config);
    if (!method)
        return undefined;
    const common = {
        mode: config.rollback ?? 'auto',
        method,
        timeoutMs: config['rollback-timeout'],
        ...(config['rollback-to-revision'] !== undefined ? { toRevision: config['rollback-to-revision'] } : {}),
    };
    const release = config['helm-release'];
    if (method === 'helm' && release !== undefined)
        return {
            ...common,
            ...helmCommands({
                release,
                namespace: config['kube-namespace'],
                context: config['kube-context'],
                insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('kubernetes'),
            }, common),
        };
    const command = config['rollback-command'];
    if (method === 'command' && command !== undefined)
        return {
            ...common,
            command,
            subject: 'the release',
            undoCommand: command,
            manualSteps: [command],
            noEarlierSteps: [],
        };
    if (!target)
        return undefined;
    return { ...common, target, ...kubectlCommands(target, common) };
}
function kubectlCommands(target, { toRevision, timeoutMs }) {
    const where = kubectlTarget(target);
    const undoCommand = `kubectl rollout undo ${where}${toRevision ? ` --to-revision=${toRevision}` : ''}`;
    const statusCommand = `kubectl rollout status ${where} --timeout=${Math.ceil(timeoutMs / 1000)}s`;
    return {
        subject: where,
        undoCommand,
        statusCommand,
        manualSteps: [undoCommand, statusCommand, `kubectl logs ${where} --all-containers --since=15m`],
        noEarlierSteps: [
            `kubectl rollout history ${where}`,
            '# no earlier revision: deploy a fixed version, or take the Deployment out of service:',
            `kubectl scale ${where} --replicas=0`,
        ],
    };
}
/** `helm rollback RELEASE [REVISION] --wait --timeout Ns -n NS [--kube-context C]`, as a person would type it. */
function helmCommands(helm, { toRevision, timeoutMs }) {
    const scope = `--namespace ${helm.namespace}${helm.context ? ` --kube-context ${helm.context}` : ''}`;
    const undoCommand = `helm rollback ${helm.release}${toRevision ? ` ${toRevision}` : ''} --wait --timeout ${Math.ceil(timeoutMs / 1000)}s ${scope}`;
    const statusCommand = `helm status ${helm.release} ${scope}`;
    return {
        helm,
        subject: `Helm release ${helm.release} in ${helm.namespace}`,
        undoCommand,
        statusCommand,
        manualSteps: [
            `helm history ${helm.release} ${scope}`,
            // Without a revision helm restores the current one minus 1, even an upgrade that failed.
            ...(toRevision
                ? []
                : ['# add the revision to restore: the newest deployed or superseded one before the current']),
            undoCommand,
            statusCommand,
        ],
        noEarlierSteps: [
            `helm history ${helm.release} ${scope}`,
            '# no earlier revision: deploy a fixed version, or uninstall the release to take it out of service',
        ],
    };
}

;// CONCATENATED MODULE: ./src/engine/plan.ts











/** Each feature plans itself; names are made unique across all checks for the report. */
function buildPlan(config) {
    const naming = planNaming(config, config['version-url'] ? [VERSION_CHECK_NAME] : []);
    const kubernetes = planKubernetes(config);
    return {
        service: config.service ?? 'service',
        environment: config.environment,
        version: config.version,
        httpChecks: planHttpChecks(config, naming),
        dependencies: planDependencies(config, naming),
        flows: planFlows(config, naming),
        versionCheck: planVersionCheck(config, naming),
        concurrency: config.concurrency,
        timeoutMs: config.timeout,
        dryRun: config['dry-run'],
        kubernetes,
        command: config.command,
        rollback: planRollback(config, kubernetes),
        monitor: planMonitor(config),
        notices: planNotices(config),
        runbookUrl: config['runbook-url'],
        github: planGitHubDeployment(config),
        pullRequestComment: planPullRequestComment(config),
    };
}
/** Everyone whose certificate the run will not verify, named as the log and the config name them. */
function unverifiedTlsParties(plan) {
    const flowSteps = plan.flows.flatMap((flow) => flow.steps.filter((step) => step.insecureSkipTlsVerify).map((step) => `flow "${flow.name}", step "${step.name}"`));
    const providers = [
        ['the version check', plan.versionCheck?.insecureSkipTlsVerify],
        ['prometheus', plan.monitor?.prometheus?.insecureSkipTlsVerify],
        ['kubernetes (kubectl)', plan.kubernetes?.insecureSkipTlsVerify],
        ['kubernetes (helm)', plan.rollback?.helm?.insecureSkipTlsVerify],
        ['grafana', plan.notices?.grafana?.insecureSkipTlsVerify],
        ['datadog', plan.notices?.datadog?.insecureSkipTlsVerify],
        ['slack', plan.notices?.slack?.insecureSkipTlsVerify],
    ];
    const webGates = (plan.monitor?.gates ?? [])
        .filter((gate) => gate.web?.insecureSkipTlsVerify)
        .map((gate) => `gate "${gate.name}"`);
    return [
        ...plan.httpChecks.filter((check) => check.insecureSkipTlsVerify).map((check) => `check "${check.name}"`),
        ...flowSteps,
        ...webGates,
        ...providers.filter(([, off]) => off === true).map(([party]) => party),
    ];
}

// EXTERNAL MODULE: ./src/engine/ports.ts
var ports = __nccwpck_require__(1158);
;// CONCATENATED MODULE: ./src/engine/checks/outcome.ts
/** The one way a CheckOutcome is made: a failed optional check warns, and the detail is masked. */
function outcomeOf(check, finding, durationMs, redact) {
    const { detail, attempts, request, response, analysis, setupProblem, wouldHaveFailed } = finding;
    const result = 'result' in finding ? finding.result : finding.passed ? 'passed' : check.required ? 'failed' : 'warning';
    return {
        name: check.name,
        kind: check.kind,
        required: check.required,
        result,
        detail: redact(detail),
        durationMs,
        ...(request ? { request } : {}),
        attempts: attempts ?? [],
        ...(response ? { response } : {}),
        ...(analysis && result !== 'passed' ? { analysis } : {}),
        ...(setupProblem ? { setupProblem } : {}),
        ...(wouldHaveFailed ? { wouldHaveFailed } : {}),
    };
}
/** Starts a check's clock; `finish` makes its outcome with the time taken since. */
function startCheck(check, context) {
    const startedAt = context.clock.now();
    return {
        startedAt,
        finish: (finding) => outcomeOf(check, finding, context.clock.now() - startedAt, context.redact),
    };
}

;// CONCATENATED MODULE: ./src/engine/checks/request.ts

/** What the prober is asked to send for a planned check: its request and its own transport settings. */
function httpRequestOf(check, signal) {
    return {
        ...check.request,
        timeoutMs: check.timeoutMs,
        followRedirects: check.followRedirects,
        insecureSkipTlsVerify: check.insecureSkipTlsVerify,
        signal,
    };
}
/** The request as the report shows it: credentials out of the URL, header names only (their values may authenticate). */
function reportedRequest(request, redact) {
    return {
        method: request.method,
        url: redact((0,engine_secrets/* redactUrl */.BO)(request.url)),
        headers: Object.fromEntries(Object.keys(request.headers).map((name) => [name, '***'])),
    };
}

;// CONCATENATED MODULE: ./src/engine/checks/burstCheck.ts



const RATE_LIMIT_HEADER = /^(ratelimit(-.+)?|x-ratelimit-.+)$/i;
/**
 * A rate-limit check: `burst` requests at once. It passes when the limiter shows itself, by a 429
 * or by rate-limit headers; otherwise it says how many requests went through.
 */
async function runBurstCheck(check, context) {
    const { prober, redact, signal } = context;
    const { burst } = check;
    // Reported as an HTTP check: the report's kinds are what a reader filters on, and a burst is one request, sent many times.
    const { finish } = startCheck({ name: check.name, kind: 'http', required: check.required }, context);
    const answers = await Promise.all(Array.from({ length: burst }, () => prober.send(httpRequestOf(check, signal)).then((response) => response, (error) => (error instanceof ports/* ProbeError */.B2 ? error : new ports/* ProbeError */.B2('other', String(error))))));
    const responses = answers.filter((answer) => !(answer instanceof ports/* ProbeError */.B2));
    const limited = responses.filter((response) => response.status === 429).length;
    const headers = [
        ...new Set(responses.flatMap((response) => Object.keys(response.headers).filter((name) => RATE_LIMIT_HEADER.test(name)))),
    ];
    const through = responses.filter((response) => response.status >= 200 && response.status < 300).length;
    const errors = answers.length - responses.length;
    const passed = limited > 0 || headers.length > 0;
    const detail = passed
        ? `rate limiter on: ${limited} of ${burst} answered 429${headers.length > 0 ? `; headers ${headers.join(', ')}` : ''}`
        : `all ${through} of ${burst} requests went through: no 429 and no rate-limit headers${errors > 0 ? ` (${errors} got no answer)` : ''}`;
    return finish({
        passed,
        detail,
        request: reportedRequest(check.request, redact),
        analysis: {
            cause: 'the rate limiter did not limit a burst of requests',
            nextStep: 'check that the rate-limit middleware is enabled in the new release and in front of this route',
        },
    });
}

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(7679);
;// CONCATENATED MODULE: ./src/engine/checks/dependencyCheck.ts



/** One connection, one statement, closed whatever happens; an optional dependency only warns. */
async function runDependencyCheck(dependency, context) {
    const { target } = dependency;
    const { finish } = startCheck({ name: dependency.name, kind: 'dependency', required: dependency.required }, context);
    const probe = context.dependencyProbes?.[target.type];
    let detail;
    let passed = false;
    try {
        if (!probe)
            throw new Error(`no ${target.type} probe is loaded`);
        // The probe keeps the target's timeout itself and names the phase that ran out of it; an abort
        // of this signal means the step stopped, and a deadline added here would be reported as that.
        ({ detail } = await probe.check(target, context.signal));
        passed = true;
    }
    catch (error) {
        detail = (0,errors/* messageOf */.b)(error);
    }
    return finish({
        passed,
        detail: passed || dependency.required ? detail : `unavailable (optional dependency): ${detail}`,
        request: { method: target.type.toUpperCase(), url: context.redact((0,engine_secrets/* redactUrl */.BO)(target.url)), headers: {} },
        analysis: {
            cause: `the service's ${target.type} dependency does not answer as it should`,
            nextStep: `check that ${dependency.name} runs, is reachable from the service's network, and that its credentials are current`,
        },
    });
}

;// CONCATENATED MODULE: ./src/engine/checks/dotPath.ts
/** Reads `build.sha` or `items.0.id` from parsed JSON; undefined when any step is missing. */
function readDotPath(value, path) {
    let current = value;
    for (const key of path.split('.')) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}

;// CONCATENATED MODULE: ./src/engine/checks/analysis.ts



const READINESS = /ready|readiness|health|healthz|livez|status/i;
/**
 * A short diagnosis, the next thing a person should do, and the commands that do it: kubectl only
 * against the Deployment the run names (never a guess), otherwise the request itself, to repeat.
 */
function analyzeHttpFailure(failure, kubernetes) {
    const { host, hostname, pathname } = (0,http/* urlParts */.A)(failure.url);
    const repeat = [curlCommand(failure)];
    const logs = kubernetes ? [`kubectl logs ${kubectlTarget(kubernetes)} --all-containers --since=15m`] : repeat;
    switch (failure.errorKind) {
        case 'refused':
            return {
                cause: `nothing is listening at ${host}: the service is down or not exposed`,
                nextStep: 'check that the pods run and that the Service and Ingress route to them',
                commands: kubernetes
                    ? [
                        `kubectl get ${kubectlTarget(kubernetes)} -o wide`,
                        `kubectl get pods,svc,ingress ${kubectlScope(kubernetes)}`,
                    ]
                    : repeat,
            };
        case 'dns':
            return {
                cause: `${host} does not resolve`,
                nextStep: 'check the host name in base-url or the check URL, and its DNS record',
                commands: [`nslookup ${hostname}`],
            };
        case 'timeout':
            return {
                cause: 'the service accepted the request but did not answer in time',
                nextStep: 'look for a hung dependency or an overloaded pod in the logs; raise the check timeout only if slow answers are expected',
                commands: logs,
            };
        case 'tls':
            return {
                cause: 'the TLS handshake failed: the certificate is not valid for this host or not trusted',
                nextStep: "check the certificate chain and host name; for a private CA set NODE_EXTRA_CA_CERTS in the step's env",
                commands: [
                    `openssl s_client -connect ${host.includes(':') ? host : `${host}:443`} -servername ${hostname} </dev/null`,
                ],
            };
        case 'reset':
            return {
                cause: 'the connection was closed before an answer: the process may be crashing or restarting',
                nextStep: 'check the pods for restarts and read the logs of the previous container',
                commands: kubernetes ? [`kubectl get pods ${kubectlScope(kubernetes)}`, `${logs[0]} --previous`] : repeat,
            };
        case 'aborted':
            return {
                cause: 'the step was cancelled, or reached its time limit, before this check finished',
                nextStep: 'if it was not cancelled: raise timeout, or lower retries and check timeouts',
            };
        case 'other':
            return { cause: 'the request failed before any answer', nextStep: 'see the error above' };
    }
    const status = failure.status ?? 0;
    if (status === 503 && READINESS.test(pathname)) {
        return {
            cause: 'the readiness endpoint reports unavailable: a dependency is down',
            nextStep: 'read the readiness body below: it names the dependency that is down; then check that one',
            commands: repeat,
            readBody: true,
        };
    }
    if (status >= 500) {
        return {
            cause: `the service answered ${status}: it fails on this request`,
            nextStep: 'read the body below and the logs of the new pods',
            commands: logs,
        };
    }
    if (status === 401 || status === 403) {
        return {
            cause: `the request was refused (${status})`,
            nextStep: 'check the credentials in the check headers and that the token is still valid',
        };
    }
    if (status === 404) {
        return {
            cause: `${pathname} is not served`,
            nextStep: 'check that the new release still serves this route and that base-url is right',
            commands: repeat,
        };
    }
    if (status >= 300 && status < 400) {
        return {
            cause: `redirected${failure.location ? ` to ${failure.location}` : ''}`,
            nextStep: 'set follow-redirects: true, or check the final URL directly',
            commands: repeat,
        };
    }
    if (failure.contentMismatch) {
        return {
            cause: 'the service answered, but not with the expected content',
            nextStep: 'compare the body below with expect',
        };
    }
    return { cause: `unexpected status ${status}`, nextStep: 'compare the body below with expect.status' };
}
/**
 * The request to repeat by hand: method and URL, credentials left out of the URL, and no header
 * (their values may authenticate), so it can be shown and copied as it is.
 */
function curlCommand(request) {
    const method = request.method === 'GET' ? '' : ` -X ${request.method}`;
    return `curl -sS -i${method} '${(0,engine_secrets/* redactUrl */.BO)(request.url).replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/engine/checks/excerpt.ts
const EXCERPT_CHARS = 2_000;
/** The part of a response worth showing a person: bounded, secrets masked. */
function responseExcerpt(response, redact) {
    // Masked before it is cut: a secret cut in two at the edge would no longer match, and its first part would show.
    const body = redact(response.body);
    const excerpt = body.length > EXCERPT_CHARS || response.bodyTruncated ? `${body.slice(0, EXCERPT_CHARS)}\n… (trimmed)` : body;
    return { status: response.status, contentType: response.headers['content-type'], bodyExcerpt: excerpt };
}

// EXTERNAL MODULE: ./src/engine/config/pattern.ts
var config_pattern = __nccwpck_require__(2155);
;// CONCATENATED MODULE: ./src/engine/checks/expectations.ts


/**
 * What the response got wrong against `expect`; empty when it met every expectation. `mask` hides the
 * run's secrets in what the response said before it is cut short: half a token is still a leak.
 */
function unmetExpectations(expect, response, mask) {
    const shown = (actual) => show(actual, mask);
    const unmet = [];
    const status = expect.status ?? '2xx';
    // The body of a wrong status (an error page) says nothing useful about the other expectations.
    if (!statusMatches(response.status, status))
        return [`status ${response.status}, expected ${describeStatus(status)}`];
    for (const needle of [expect['body-contains'] ?? []].flat()) {
        if (!response.body.includes(needle))
            unmet.push(`body does not contain ${JSON.stringify(needle)}`);
    }
    if (expect.json) {
        const parsed = parseJson(response.body);
        if (!parsed.ok) {
            unmet.push('body is not JSON');
        }
        else {
            for (const [path, expected] of Object.entries(expect.json)) {
                const actual = readDotPath(parsed.value, path);
                if (!valueMatches(actual, expected))
                    unmet.push(`json ${path}: expected ${describeExpected(expected)}, got ${actual === undefined ? 'nothing' : shown(actual)}`);
            }
        }
    }
    for (const [name, expected] of Object.entries(expect.headers ?? {})) {
        const actual = response.headers[name.toLowerCase()];
        if (actual === undefined || !valueMatches(actual, expected)) {
            unmet.push(`header ${name}: expected ${describeExpected(expected)}, got ${actual === undefined ? 'none' : shown(actual)}`);
        }
    }
    return unmet;
}
function statusMatches(status, expectation) {
    return [expectation]
        .flat()
        .some((item) => (typeof item === 'number' ? item === status : Math.floor(status / 100) === Number(item[0])));
}
function describeStatus(expectation) {
    return [expectation].flat().join(' or ');
}
/** `/regex/flags` written as a string matches as a regular expression; anything else compares as JSON. */
function valueMatches(actual, expected) {
    const pattern = (0,config_pattern/* asRegex */.W)(expected);
    if (pattern)
        return (actual !== undefined &&
            actual !== null &&
            pattern.test(typeof actual === 'string' ? actual : JSON.stringify(actual)));
    return JSON.stringify(actual) === JSON.stringify(expected);
}
/** The configured value as a person wrote it: `matching /^v2/`, or the JSON value. */
function describeExpected(expected) {
    return (0,config_pattern/* asRegex */.W)(expected) ? `matching ${String(expected)}` : show(expected);
}
function show(value, mask = (text) => text) {
    const text = mask(JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/engine/checks/retryPolicy.ts
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** 500ms, 1s, 2s, ... capped: backs off a struggling service instead of hammering it. */
function backoffDelay(retryNumber) {
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retryNumber);
}
/** 5xx and the listed codes may pass on a second try; other 4xx will not. */
function isRetryableStatus(status, retryOn) {
    return status >= 500 || retryOn.includes(status);
}
/** Only what may heal on its own: refused, reset, DNS, timeout. A certificate, the step's deadline or a request the client rejects will not. */
function isRetryableError(kind) {
    return kind === 'refused' || kind === 'reset' || kind === 'dns' || kind === 'timeout';
}

;// CONCATENATED MODULE: ./src/engine/checks/httpCheck.ts







/** Sends the check's request, retrying what a retry can fix, and judges the last answer. */
async function runHttpCheck(check, context) {
    return (await exchange(check, context)).outcome;
}
/** The check's outcome and the last answer it judged: a flow captures values from it. */
async function exchange(check, context) {
    const { prober, clock, redact, signal } = context;
    const { finish } = startCheck({ name: check.name, kind: 'http', required: check.required }, context);
    const attempts = [];
    let response;
    let unmet = [];
    let failure;
    for (let attempt = 0; attempt <= check.retries; attempt++) {
        if (attempt > 0)
            await clock.sleep(backoffDelay(attempt - 1), signal);
        if (signal.aborted) {
            failure = ports/* ProbeError */.B2.stopped();
            break;
        }
        const at = clock.now();
        try {
            response = await prober.send(httpRequestOf(check, signal));
            failure = undefined;
            unmet = unmetExpectations(check.expect, response, redact);
            attempts.push({ at: at - context.runStartedAt, durationMs: clock.now() - at, status: response.status });
            if (unmet.length === 0 || !isRetryableStatus(response.status, check.retryOn))
                break;
        }
        catch (error) {
            failure = error instanceof ports/* ProbeError */.B2 ? error : new ports/* ProbeError */.B2('other', String(error));
            response = undefined;
            attempts.push({ at: at - context.runStartedAt, durationMs: clock.now() - at, error: redact(failure.message) });
            if (!isRetryableError(failure.kind))
                break;
        }
    }
    const passed = response !== undefined && unmet.length === 0;
    const outcome = finish({
        passed,
        detail: describe(response, unmet, failure, attempts.length, redact),
        request: reportedRequest(check.request, redact),
        attempts,
        ...(passed
            ? {}
            : {
                response: response && responseExcerpt(response, redact),
                analysis: analyzeHttpFailure({
                    method: check.request.method,
                    url: check.request.url,
                    status: response?.status,
                    errorKind: failure?.kind,
                    location: response?.headers.location,
                    contentMismatch: response !== undefined && unmet.every((line) => !line.startsWith('status ')),
                }, context.kubernetes),
            }),
    });
    return { outcome, response };
}
function describe(response, unmet, failure, tries, redact) {
    const after = tries > 1 ? ` (after ${tries} attempts)` : '';
    if (failure)
        return redact(failure.message) + after;
    if (!response)
        return 'not run';
    if (unmet.length === 0)
        return `${response.status}${after}`;
    return redact(unmet.join('; ')) + after;
}

;// CONCATENATED MODULE: ./src/engine/checks/flowCheck.ts





const flowCheck_USE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Walks a critical path step by step, carrying captured values forward; the first failing step stops it. */
async function runFlow(flow, context) {
    const { finish } = startCheck({ name: flow.name, kind: 'flow', required: flow.required }, context);
    const deadline = AbortSignal.timeout(flow.timeoutMs);
    const signal = AbortSignal.any([context.signal, deadline]);
    const values = {};
    const attempts = [];
    const failed = (detail, extra = {}) => finish({ passed: false, detail, attempts, ...extra });
    for (const [index, planned] of flow.steps.entries()) {
        const step = withValues(planned, values);
        const label = `step ${index + 1} of ${flow.steps.length} (${planned.name})`;
        const { outcome: stepOutcome, response } = await exchange(step, { ...context, signal });
        attempts.push(...stepOutcome.attempts);
        if (stepOutcome.result !== 'passed') {
            const stopped = deadline.aborted
                ? `the flow timed out after ${(0,duration/* formatDuration */.a3)(flow.timeoutMs)} at ${label}`
                : `${label}: ${stepOutcome.detail}`;
            return failed(stopped, {
                request: stepOutcome.request,
                response: stepOutcome.response,
                analysis: stepOutcome.analysis,
            });
        }
        const missing = flowCheck_capture(step, response, values, context);
        if (missing.length > 0) {
            return failed(`${label}: nothing to capture for ${missing.join(', ')}`, { request: stepOutcome.request });
        }
    }
    return finish({ passed: true, detail: `${plural_plural(flow.steps.length, 'step')} passed`, attempts });
}
/** The step with every `{{name}}` in its URL, headers and body replaced by what earlier steps captured. */
function withValues(step, values) {
    const fill = (text) => text.replace(flowCheck_USE, (_, name) => values[name] ?? '');
    return {
        ...step,
        request: {
            method: step.request.method,
            url: fill(step.request.url),
            headers: Object.fromEntries(Object.entries(step.request.headers).map(([name, value]) => [name, fill(value)])),
            ...(step.request.body !== undefined ? { body: fill(step.request.body) } : {}),
        },
    };
}
/** Reads each capture (a dot path into the JSON, or `header:Name`) and makes it a secret at once; returns the names it could not read. */
function flowCheck_capture(step, response, values, context) {
    const json = parseJson(response.body);
    const missing = [];
    for (const [name, source] of Object.entries(step.capture)) {
        const raw = source.startsWith('header:')
            ? response.headers[source.slice('header:'.length).trim().toLowerCase()]
            : json.ok
                ? readDotPath(json.value, source)
                : undefined;
        if (typeof raw !== 'string' && typeof raw !== 'number') {
            missing.push(`${name} (${source})`);
            continue;
        }
        const value = String(raw);
        context.redact.add(value);
        context.onSecret?.(value);
        values[name] = value;
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/engine/checks/rolloutCheck.ts



/** `kubectl rollout status` as the first check: a rollout that does not finish fails with kubectl's own words. */
async function runRolloutCheck(target, context) {
    const { finish } = startCheck({ name: 'rollout', kind: 'rollout', required: true }, context);
    let complete = false;
    let message;
    // kubectl missing or the cluster unreachable is not the release failing to roll out.
    let setupProblem = false;
    try {
        if (!context.cluster)
            throw new Error('no cluster inspector is loaded');
        ({ complete, message } = await context.cluster.waitForRollout(target.rolloutTimeoutMs, context.signal));
    }
    catch (error) {
        message = (0,errors/* messageOf */.b)(error);
        setupProblem = true;
    }
    const where = kubectlTarget(target);
    return finish({
        passed: complete,
        detail: message.trim().split('\n').slice(-3).join(' ') || (complete ? 'rolled out' : 'did not complete'),
        setupProblem,
        analysis: {
            cause: 'the Deployment did not finish rolling out in time: new pods are not becoming available',
            nextStep: "read the Deployment's events: they say why new pods do not become ready",
            commands: [`kubectl rollout status ${where}`, `kubectl describe ${where}`],
        },
    });
}

;// CONCATENATED MODULE: ./src/engine/checks/versionMatch.ts

const MIN_PREFIX = 7;
const HEX = /^[0-9a-f]+$/;
/** Equal, or both are SHAs and the shorter, of at least 7 characters, is a prefix of the other (short and full SHAs). */
function versionsMatch(expected, seen) {
    const a = expected.trim().toLowerCase();
    const b = seen.trim().toLowerCase();
    if (a === b)
        return a.length > 0;
    // Only commit SHAs abbreviate: `release-1` is not a short form of `release-10`.
    if (!HEX.test(a) || !HEX.test(b))
        return false;
    const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
    return shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}
const MAX_VERSION_CHARS = 100;
/** The version a response reports: the field of a JSON object, a JSON string, or a plain body as text. */
function reportedVersion(body, field) {
    const parsed = parseJson(body);
    // Only a JSON string is unwrapped: read as a number, "2.0" would become 2 and "1234e56" 1.234e+59.
    if (parsed.ok && typeof parsed.value === 'string')
        return asVersion(parsed.value);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return asVersion(body);
    const value = readDotPath(parsed.value, field);
    if (typeof value === 'string' || typeof value === 'number')
        return asVersion(String(value));
    return { problem: `no ${field} in the JSON` };
}
/** One bounded line: the text came from the network and is shown in logs and the summary. */
function asVersion(text) {
    // eslint-disable-next-line no-control-regex
    const line = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
    if (!line)
        return { problem: 'empty body' };
    return { version: line.length > MAX_VERSION_CHARS ? `${line.slice(0, MAX_VERSION_CHARS)}…` : line };
}

;// CONCATENATED MODULE: ./src/engine/checks/versionCheck.ts






/** Answers in a row that must report the expected version: one lucky pod behind a load balancer is not a rollout. */
const REQUIRED_STREAK = 3;
const POLL_INTERVAL_MS = 1_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Polls until the expected version answers REQUIRED_STREAK times in a row, or the version timeout runs out. */
async function runVersionCheck(check, context) {
    const { clock, redact, signal } = context;
    const { startedAt, finish } = startCheck({ name: check.name, kind: 'version', required: true }, context);
    const deadline = startedAt + check.timeoutMs;
    const attempts = [];
    const seen = new Map();
    const versions = new Set();
    let streak = 0;
    while (!signal.aborted) {
        const at = clock.now();
        const observation = await observe(check, context, Math.max(1, Math.min(REQUEST_TIMEOUT_MS, deadline - at)));
        const attempt = { at: at - context.runStartedAt, durationMs: clock.now() - at, ...observation.attempt };
        attempts.push(attempt);
        seen.set(observation.label, (seen.get(observation.label) ?? 0) + 1);
        if (attempt.version !== undefined)
            versions.add(attempt.version);
        streak = attempt.version !== undefined && versionsMatch(check.expected, attempt.version) ? streak + 1 : 0;
        if (streak >= REQUIRED_STREAK || clock.now() + POLL_INTERVAL_MS > deadline)
            break;
        await clock.sleep(POLL_INTERVAL_MS, signal);
    }
    const passed = streak >= REQUIRED_STREAK;
    const outcome = finish({
        passed,
        detail: passed
            ? `${shortSha(check.expected)} answered ${streak} times in a row`
            : mismatchDetail(check.expected, seen, versions),
        request: { method: 'GET', url: redact((0,engine_secrets/* redactUrl */.BO)(check.url)), headers: {} },
        attempts,
        ...(passed ? {} : { analysis: analyzeVersionFailure(check, versions, context.kubernetes) }),
    });
    return { outcome, deployedVersion: deployedVersionOf(outcome) };
}
/** The version the service reported last, if it reported one: what the report calls deployed. */
function deployedVersionOf(outcome) {
    return outcome.attempts.findLast((attempt) => attempt.version !== undefined)?.version;
}
async function observe(check, deps, timeoutMs) {
    try {
        const response = await deps.prober.send({
            method: 'GET',
            url: check.url,
            headers: { accept: 'application/json, text/plain;q=0.9' },
            timeoutMs,
            followRedirects: true,
            insecureSkipTlsVerify: check.insecureSkipTlsVerify,
            signal: deps.signal,
        });
        if (response.status < 200 || response.status > 299)
            return { label: `HTTP ${response.status}`, attempt: { status: response.status } };
        // Masked before the version is cut to its bounded length: a cut secret would no longer be found.
        const reported = reportedVersion(deps.redact(response.body), check.field);
        if ('problem' in reported)
            return { label: reported.problem, attempt: { status: response.status, error: reported.problem } };
        return { label: reported.version, attempt: { status: response.status, version: reported.version } };
    }
    catch (error) {
        const message = deps.redact(error instanceof ports/* ProbeError */.B2 ? error.message : String(error));
        return { label: message, attempt: { error: message } };
    }
}
/** "expected 4f2a9c1, saw 4f2a9c1 x4, 9be0d12 x2 (rollout still in progress?)" */
function mismatchDetail(expected, seen, versions) {
    const tally = [...seen]
        .sort((a, b) => b[1] - a[1])
        .map(([label, count]) => `${shortSha(label)} x${count}`)
        .join(', ');
    return `expected ${shortSha(expected)}, saw ${tally || 'nothing'} (${hint(expected, versions)})`;
}
function classify(expected, versions) {
    if (versions.size === 0)
        return 'silent';
    return [...versions].some((version) => versionsMatch(expected, version)) ? 'rolling' : 'previous';
}
const HINT = {
    silent: 'the version endpoint never reported a version',
    rolling: 'rollout still in progress?',
    previous: 'the previous version is still serving?',
};
function hint(expected, versions) {
    return HINT[classify(expected, versions)];
}
function analyzeVersionFailure(check, versions, kubernetes) {
    const ask = curlCommand({ method: 'GET', url: check.url });
    // kubectl only against the Deployment the run names: a name guessed from the repository would send
    // the reader to the wrong object, or to none.
    const where = kubernetes && kubectlTarget(kubernetes);
    switch (classify(check.expected, versions)) {
        case 'silent':
            return {
                cause: HINT.silent,
                nextStep: 'check version-url and version-field against what the endpoint returns (see the attempts in the report)',
                commands: [ask],
            };
        case 'rolling':
            return {
                cause: 'the new version answers only some of the time: the rollout is unfinished',
                nextStep: where
                    ? 'wait for the rollout to finish, or find the pods that still run the old version'
                    : 'check that the deploy finished rolling out: every instance must serve the new version',
                commands: where ? [`kubectl rollout status ${where}`] : [ask],
            };
        case 'previous':
            return {
                cause: `${shortSha(check.expected)} never answered: the previous version is still serving`,
                nextStep: where
                    ? 'check that the rollout finished and which image the Deployment runs'
                    : 'check that the deploy really replaced the previous version, and that version-url reaches the new one',
                commands: where ? [`kubectl rollout status ${where}`, `kubectl get ${where} -o wide`] : [ask],
            };
    }
}
/** Full 40-character SHAs read best as their 7-character prefix, as git shows them. */
function shortSha(text) {
    return /^[0-9a-f]{40}$/i.test(text) ? text.slice(0, 7) : text;
}

;// CONCATENATED MODULE: ./src/engine/checks/runCheck.ts






const RUNNERS = {
    http: runHttpCheck,
    burst: runBurstCheck,
    dependency: runDependencyCheck,
    flow: runFlow,
    version: async (check, context) => (await runVersionCheck(check, context)).outcome,
    rollout: runRolloutCheck,
};
/** Runs any planned check; every kind answers with the same CheckOutcome. */
function runCheck(planned, context) {
    const run = RUNNERS[planned.kind];
    return run(planned.check, context);
}
/** An HTTP check with `burst` is a rate-limit check: one request, sent many times at once. */
function plannedHttp(check) {
    return check.burst ? { kind: 'burst', check: { ...check, burst: check.burst } } : { kind: 'http', check };
}

;// CONCATENATED MODULE: ./src/engine/monitor/metricSources.ts
/** The source a gate's queries go to; a web gate (the prober), the monitors gate (states) and the traffic gate (its own requests) send none. */
function metricSourceOf(gate, sources) {
    if (gate.web || gate.monitorTags !== undefined || gate.synthetic)
        return undefined;
    return gate.source === 'datadog' ? sources.datadogMetrics : sources.metrics;
}
/** Whether a gate's queries are PromQL, measured against the scrape interval. */
function readsPrometheus(gate) {
    return !gate.synthetic && (gate.source === undefined || gate.source === 'prometheus');
}
/** Whether a gate sends metric queries to Datadog (the monitors gate reads monitor states instead). */
function readsDatadogMetrics(gate) {
    return gate.source === 'datadog' && gate.monitorTags === undefined;
}

;// CONCATENATED MODULE: ./src/engine/monitor/numbers.ts
/** Enough digits to compare with a threshold, no float noise: 0.0123456 -> 0.01235. */
function numbers_fmt(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

;// CONCATENATED MODULE: ./src/engine/monitor/judge.ts

/** Fewer ok-or-breach samples than this, and a gate cannot say the release is fine. */
const MIN_USABLE_SAMPLES = 3;
/**
 * A run of breaches is broken only by an ok sample. An error or a no-data sample between two breaches
 * neither breaks the run nor counts toward it: a metric source that fails for a moment must not hide a
 * regression that is there before and after (argo-rollouts counts errors apart from failures the same way).
 */
function streaksOf(samples, threshold = Number.POSITIVE_INFINITY) {
    let reached;
    let run = { breaches: 0, unusable: 0, lastNote: undefined };
    let pendingUnusable = 0;
    let longestRun = { ...run };
    let errorsInARow = 0;
    let mostErrorsInARow = 0;
    for (const sample of samples) {
        if (sample.outcome === 'ok') {
            run = { breaches: 0, unusable: 0, lastNote: undefined };
            pendingUnusable = 0;
        }
        else if (sample.outcome === 'breach') {
            run = { breaches: run.breaches + 1, unusable: run.unusable + pendingUnusable, lastNote: sample.note };
            pendingUnusable = 0;
            if (run.breaches > longestRun.breaches)
                longestRun = { ...run };
            if (run.breaches === threshold && !reached)
                reached = { sample: samples.indexOf(sample) + 1, note: sample.note };
        }
        else if (run.breaches > 0) {
            pendingUnusable++;
        }
        errorsInARow = sample.outcome === 'error' ? errorsInARow + 1 : 0;
        mostErrorsInARow = Math.max(mostErrorsInARow, errorsInARow);
    }
    return { longestRun, mostErrorsInARow, ...(reached ? { reached } : {}) };
}
/**
 * A gate's samples so far, judged: failed, passed, or inconclusive and what that yields. `metrics`, when the
 * source was asked, says whether no data means a metric that does not exist or one with no requests.
 */
function judgeGate(samples, rules, metrics) {
    const counts = { ok: 0, breach: 0, 'no-data': 0, error: 0 };
    samples.forEach((sample) => counts[sample.outcome]++);
    const { longestRun, mostErrorsInARow, reached } = streaksOf(samples, rules.failureThreshold);
    const failed = longestRun.breaches >= rules.failureThreshold;
    const usable = counts.ok + counts.breach;
    const sourceDown = mostErrorsInARow >= rules.maxConsecutiveErrors;
    const inconclusive = !failed && (usable < MIN_USABLE_SAMPLES || sourceDown);
    const result = failed ? 'failed' : inconclusive ? INCONCLUSIVE_RESULT[rules.onInconclusive] : 'passed';
    let detail;
    if (failed) {
        const between = longestRun.unusable > 0
            ? `, with ${plural_plural(longestRun.unusable, 'sample')} without a usable value between them (no data or an error neither breaks nor extends a run)`
            : '';
        detail = `${rules.failureThreshold} breaching samples in a row${between}: ${longestRun.lastNote ?? ''}`;
    }
    else if (inconclusive) {
        const why = sourceDown
            ? `the metric source kept failing (${mostErrorsInARow} errors in a row: ${lastNote(samples, 'error')})`
            : counts['no-data'] > 0 && counts.error === 0
                ? noDataReason(samples, metrics)
                : `only ${usable} usable ${usable === 1 ? 'sample' : 'samples'} of ${samples.length}${counts.error > 0 ? ` (last error: ${lastNote(samples, 'error')})` : ''}`;
        detail = `inconclusive — ${why}`;
    }
    else {
        const breaches = counts.breach > 0
            ? `; ${plural_plural(counts.breach, 'breaching sample')}, never ${rules.failureThreshold} in a row`
            : '';
        detail = `${counts.ok} of ${samples.length} samples within limits${breaches}`;
    }
    return { result, failed, inconclusive, counts, detail, ...(reached ? { failedAt: reached } : {}) };
}
/**
 * What a gate's judgement may do under its mode: `enforce` all of it; `warn` a warning at most;
 * `observe` nothing. A gate held back from failing says so, with where it would have failed.
 */
function underMode(judgement, mode) {
    if (mode === 'enforce' || judgement.result === 'passed')
        return judgement;
    const result = mode === 'observe' ? 'passed' : 'warning';
    if (!judgement.failed || !judgement.failedAt)
        return { ...judgement, result };
    const { sample, note } = judgement.failedAt;
    return {
        ...judgement,
        result,
        detail: `${mode}: would have failed at sample ${sample}${note ? ` (${note})` : ''}`,
        wouldHaveFailed: judgement.failedAt,
    };
}
function noDataReason(samples, metrics) {
    const note = lastNote(samples, 'no-data');
    // A metric that does not exist explains the silence best: its traffic reads 0 too.
    if (metrics && metrics.missing.length > 0)
        return `no series: ${missingSentence(metrics.missing)}`;
    const quiet = samples.filter((sample) => sample.lowTraffic);
    if (quiet.length > 0) {
        const most = Math.max(...quiet.map((sample) => sample.requests ?? 0));
        return `too little traffic: at most ${plural_plural(most, 'request')} in a sample (last: ${note}); lower min-requests, lengthen the window (monitor-window; a longer monitor-interval also widens {{range}}), or add traffic`;
    }
    if (!metrics)
        return `no data in the window (${note})`;
    return `no requests in the window (${note})`;
}
/** "the metric `x` does not exist in this Prometheus", or "the metrics `x`, `y` do not …". */
function missingSentence(missing) {
    const listed = missing.map((name) => `\`${name}\``).join(', ');
    return missing.length === 1
        ? `the metric ${listed} does not exist in this Prometheus`
        : `the metrics ${listed} do not exist in this Prometheus`;
}
const INCONCLUSIVE_RESULT = { pass: 'passed', warn: 'warning', fail: 'failed' };
function lastNote(samples, outcome) {
    return samples.filter((sample) => sample.outcome === outcome).at(-1)?.note ?? outcome;
}

;// CONCATENATED MODULE: ./src/engine/monitor/burnRate.ts





/**
 * The queries of one sample: errors and requests over the short window and over the window so far (the
 * long one, never shorter than the short one), each with `{{range}}` filled with its own length.
 */
function burnQueries(slo, sinceStartMs) {
    const longMs = Math.max(slo.shortWindowMs, sinceStartMs);
    const over = (ms) => ({
        errors: fillPlaceholders(slo.errorsQuery, { range: promqlDuration(ms) }),
        requests: fillPlaceholders(slo.requestsQuery, { range: promqlDuration(ms) }),
    });
    return { short: over(slo.shortWindowMs), long: over(longMs), longMs };
}
/**
 * One burn-rate sample: the error ratio over each window divided by the budget's (1 - objective). A breach
 * needs both windows above max-burn-rate, so a short spike alone and a long-gone one alone never fail;
 * both above warn-burn-rate marks the sample for a rollback review. Too few requests in the short window
 * is no data: three requests with one error burn a 99.9% budget 333 times over and say nothing.
 */
function classifyBurn(slo, maxBurn, short, long, longMs) {
    const failed = [short.errors, short.requests, long.errors, long.requests].find((answer) => 'error' in answer);
    if (failed)
        return { outcome: 'error', note: failed.error };
    const requests = Math.round(count(short.requests));
    if (requests < Math.max(1, slo.minRequests)) {
        const note = `${plural_plural(requests, 'request')} in ${(0,duration/* formatDuration */.a3)(slo.shortWindowMs)} < min-requests ${Math.max(1, slo.minRequests)}`;
        return { outcome: 'no-data', note, requests, lowTraffic: true };
    }
    const budget = 1 - slo.objectivePercent / 100;
    const shortBurn = ratio(short) / budget;
    const longBurn = ratio(long) / budget;
    const budgetUsed = (longBurn * longMs * 100) / slo.periodMs;
    const measured = { value: longBurn, shortBurn, budgetUsed, burnWindowMs: longMs, requests };
    const words = `burn ${numbers_fmt(shortBurn)}× over ${(0,duration/* formatDuration */.a3)(slo.shortWindowMs)} and ${numbers_fmt(longBurn)}× over ${(0,duration/* formatDuration */.a3)(longMs)}`;
    if (shortBurn > maxBurn && longBurn > maxBurn)
        return { outcome: 'breach', ...measured, note: `${words} > max-burn-rate ${numbers_fmt(maxBurn)}` };
    if (shortBurn > slo.warnBurn && longBurn > slo.warnBurn)
        return { outcome: 'ok', ...measured, warnLevel: true, note: `${words} > warn-burn-rate ${numbers_fmt(slo.warnBurn)}` };
    return { outcome: 'ok', ...measured };
}
/** A query with no series counts nothing: no 5xx series at all is the common, healthy case. */
function count(answer) {
    return 'kind' in answer && answer.kind === 'value' ? Math.max(0, answer.value) : 0;
}
function ratio(counts) {
    const requests = count(counts.requests);
    return requests > 0 ? Math.min(1, count(counts.errors) / requests) : 0;
}
/**
 * A passing burn-rate gate whose samples stayed above warn-burn-rate for failure-threshold samples in a row
 * is a warning: fast enough to review a rollback, not to roll back unasked.
 */
function underWarnBurn(judgement, samples, failureThreshold, warnBurn) {
    if (judgement.result !== 'passed' || judgement.inconclusive)
        return judgement;
    const marked = samples.map((sample) => (sample.warnLevel ? { ...sample, outcome: 'breach' } : sample));
    const reached = streaksOf(marked, failureThreshold).reached;
    if (!reached)
        return judgement;
    return {
        ...judgement,
        result: 'warning',
        detail: `rollback review: ${failureThreshold} samples in a row above warn-burn-rate ${numbers_fmt(warnBurn)}, reached at sample ${reached.sample} (${reached.note ?? ''})`,
    };
}
/** "this release used 0.8% of the 30-day error budget in 10m" */
function budgetSentence(budgetUsed, periodMs, sinceStartMs) {
    const days = Math.round(periodMs / 86_400_000);
    return `this release used ${budgetUsed.toFixed(2)}% of the ${days}-day error budget in ${(0,duration/* formatDuration */.a3)(sinceStartMs)}`;
}

;// CONCATENATED MODULE: ./src/engine/compare/comparisonText.ts
// One sentence per comparison, for the summary and the Slack failure. Rates and ratios are shown to two
// significant digits (a third would be noise at these counts); counts in full with thousands separators.
// A lower bound is rounded down and an upper bound up, so the shown bound is still a true bound and never
// appears to cross the limit the decision says it did not.
const comparisonText_count = new Intl.NumberFormat('en-US');
const twoDigits = (roundingMode) => new Intl.NumberFormat('en-US', { minimumSignificantDigits: 2, maximumSignificantDigits: 2, roundingMode });
const nearest = twoDigits('halfExpand');
const down = twoDigits('floor');
const up = twoDigits('ceil');
/** 0 is written "0", not "0.0": no errors is exact. */
const figure = (value, format) => (value === 0 ? '0' : format.format(value));
const percent = (value) => `${figure(value * 100, nearest)}%`;
/** The limit and the confidence are the user's own numbers: shown as given, not rounded. */
const exact = (value) => String(Number(value.toPrecision(12)));
function side(name, counts) {
    if (counts.requests === 0)
        return `${name} no requests${counts.errors > 0 ? ` but ${comparisonText_count.format(counts.errors)} errors` : ''}`;
    const rate = percent(counts.errors / counts.requests);
    return `${name} ${rate} (${comparisonText_count.format(counts.errors)} / ${comparisonText_count.format(counts.requests)})`;
}
/**
 * "canary 2.4% (36 / 1,500) vs stable 0.30% (45 / 15,000): 8.0x; with 99% confidence at least 3.4x, over
 * the limit 1.5x", and its variants for within-limit, undecided and too few events.
 */
function describeComparison(finding, names, rules) {
    const sides = `${side(names.canary, finding.canary)} vs ${side(names.baseline, finding.baseline)}`;
    const limit = `the limit ${exact(rules.maxIncrease)}x`;
    if (finding.decision === 'too-few-events')
        return `${sides}: ${tooFewReason(finding, names, rules)}`;
    const observed = finding.ratio === undefined ? `no ratio (${names.baseline} has no errors)` : `${figure(finding.ratio, nearest)}x`;
    const confidence = `with ${exact(rules.confidence * 100)}% confidence`;
    const lower = `${figure(finding.lower, down)}x`;
    const upper = `${figure(finding.upper, up)}x`;
    switch (finding.decision) {
        case 'worse':
            return `${sides}: ${observed}; ${confidence} at least ${lower}, over ${limit}`;
        case 'within-limit':
            return `${sides}: ${observed}; ${confidence} at most ${upper}, within ${limit}`;
        case 'undecided': {
            const bounds = finding.upper === Infinity
                ? finding.lower === 0
                    ? 'no bound yet'
                    : `at least ${lower}`
                : finding.lower === 0
                    ? `at most ${upper}`
                    : `between ${lower} and ${upper}`;
            return `${sides}: ${observed}; ${confidence} ${bounds}, not yet decided against ${limit}`;
        }
    }
}
/** Why nothing is compared yet; errors without requests are a query problem, not a quiet service, and say so. */
function tooFewReason(finding, names, rules) {
    const sides = [
        { name: names.canary, counts: finding.canary },
        { name: names.baseline, counts: finding.baseline },
    ];
    const broken = sides.find(({ counts }) => counts.requests === 0 && counts.errors > 0);
    if (broken)
        return `errors without requests on ${broken.name}: check its requests query`;
    const silent = sides.filter(({ counts }) => counts.requests === 0).map(({ name }) => name);
    if (silent.length > 0)
        return `no requests on ${silent.join(' or ')} yet, nothing to compare`;
    const errors = finding.canary.errors + finding.baseline.errors;
    return `${comparisonText_count.format(errors)} ${errors === 1 ? 'error' : 'errors'} on both sides together, fewer than the ${comparisonText_count.format(rules.minEvents)} needed to compare`;
}

;// CONCATENATED MODULE: ./src/engine/compare/sequentialTest.ts
// Canary versus baseline: is the canary's error rate more than `maxIncrease` times the baseline's?
//
// The monitor looks every interval and may act on any look, so a fixed-sample test (valid for one look
// decided in advance) would fail healthy releases far more often than its level. This is an anytime-valid
// sequential test instead: an e-process, a nonnegative supermartingale under the null, so by Ville's
// inequality (Ville 1939) P(it ever reaches 1/α) ≤ α however many looks are taken and whenever the
// monitor stops. It follows Lindon, Ham, Tingley and Bojinov, "Anytime-valid inference for multinomial
// count data" (NeurIPS 2022) and Lindon and Malek et al., "Rapid regression detection in software
// deployments through sequential testing" (KDD 2022), with a discrete mixture over alternatives in the
// spirit of Robbins' mixture martingales (Robbins 1970, "Statistical methods related to the law of the
// iterated logarithm").
//
// Model: errors on each side are Poisson with a rate proportional to its requests. Between two looks, given
// the number of errors on both sides together (n), the canary's share is Binomial(n, p(ρ)) with
// p(ρ) = ρ·Nc / (ρ·Nc + Nb), where Nc and Nb are the requests of the increment and ρ is the canary's error
// rate over the baseline's. Only the error counts and the request counts are needed, nothing else.
//
// For H0: ρ ≤ ρ0 each alternative ρ0·c (c > 1) gives a likelihood ratio per increment; its product over the
// increments has expectation 1 at ρ = ρ0 and at most 1 below (a smaller ρ puts less of n on the canary, and
// the ratio grows with the canary's share). A mixture of such products with weights summing to 1 keeps
// that property, so it is an e-process for the whole composite null.
// Bound once: simulations call these millions of times, and inside a vm context (jest runs tests in one)
// every `Math.` is a slow global lookup: judging 2,000 windows took 18 times as long.
const { exp, log, log1p, max } = Math;
/**
 * The alternatives, as multiples of the null ratio: dense near it, where small excesses need many errors
 * to tell apart, then roughly doubling up to 32 times. Equal weights cost a factor of 12 in evidence
 * (ln 12 ≈ 2.5) against knowing the true ratio in advance, and no alternative is favoured. Because they
 * scale with the null, the evidence falls as the null ratio rises (each factor of a likelihood ratio does),
 * which makes the confidence bounds a clean bisection.
 */
const ALTERNATIVES = [1.1, 1.25, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];
const LOG_ALTERNATIVES = ALTERNATIVES.map(log);
const LOG_WEIGHT = -log(ALTERNATIVES.length);
/** The range the confidence bounds are searched in; a bound past it is reported as its end (or 0 / Infinity). */
const SMALLEST_RATIO = 1 / 1000;
const LARGEST_RATIO = 1000;
/** Bisection stops when the bracket is this narrow in log ratio: far finer than the two digits shown. */
const LOG_TOLERANCE = 1e-6;
/**
 * Counts arrive cumulative and, from Prometheus' increase(), fractional and occasionally lower than at the
 * previous look (extrapolation, or a reset it did not see). Each count is rounded to a whole number and only
 * a rise above its highest value so far counts, so a dip followed by a recovery is not counted twice.
 * An increment in which a side had no requests says nothing about the ratio on its own; it is carried into
 * the next one instead of being dropped, so the errors it saw are not lost.
 */
function evidenceOf(looks) {
    const high = { ce: 0, cr: 0, be: 0, br: 0 };
    const pending = { ce: 0, cr: 0, be: 0, br: 0 };
    const canary = [];
    const baseline = [];
    const countByLook = [];
    const errorsByLook = [];
    const rise = (key, count) => {
        const whole = Math.round(count);
        if (whole > high[key]) {
            pending[key] += whole - high[key];
            high[key] = whole;
        }
    };
    for (const look of looks) {
        rise('ce', look.canary.errors);
        rise('cr', look.canary.requests);
        rise('be', look.baseline.errors);
        rise('br', look.baseline.requests);
        if (pending.cr > 0 && pending.br > 0) {
            const errors = pending.ce + pending.be;
            if (errors > 0) {
                canary.push({ errors, ownShare: pending.ce, requestRatio: pending.cr / pending.br });
                baseline.push({ errors, ownShare: pending.be, requestRatio: pending.br / pending.cr });
            }
            Object.assign(pending, { ce: 0, cr: 0, be: 0, br: 0 });
        }
        countByLook.push(canary.length);
        errorsByLook.push(high.cr > 0 && high.br > 0 ? high.ce + high.be : -1);
    }
    const totals = {
        canary: { errors: high.ce, requests: high.cr },
        baseline: { errors: high.be, requests: high.br },
    };
    return { canary, baseline, countByLook, errorsByLook, totals };
}
/**
 * One increment's log likelihood ratio of the alternative c·ρ0 against ρ0, with r the request ratio:
 * x·log(p1/p0) + (n−x)·log((1−p1)/(1−p0)) simplifies to x·log c − n·log((1 + c·ρ0·r) / (1 + ρ0·r)).
 */
const logRatio = (increment, logC, c, nullRatio) => increment.ownShare * logC -
    increment.errors * (log1p(c * nullRatio * increment.requestRatio) - log1p(nullRatio * increment.requestRatio));
/** log Σ exp(values), shifted by the largest so that large evidence stays finite. */
function logSumExp(values) {
    const top = max(...values);
    if (top === -Infinity || top === Infinity)
        return top;
    return top + log(values.reduce((sum, value) => sum + exp(value - top), 0));
}
/** The log e-value against "ratio ≤ nullRatio" from the first `count` increments. */
function logEvidence(increments, count, nullRatio) {
    const sums = ALTERNATIVES.map((c, j) => {
        let sum = LOG_WEIGHT;
        for (let i = 0; i < count; i++)
            sum += logRatio(increments[i], LOG_ALTERNATIVES[j], c, nullRatio);
        return sum;
    });
    return logSumExp(sums);
}
/** The log e-value against "ratio ≤ nullRatio" after each look, built up one increment at a time. */
function logEvidenceByLook(increments, countByLook, nullRatio) {
    const sums = ALTERNATIVES.map(() => LOG_WEIGHT);
    let used = 0;
    return countByLook.map((count) => {
        for (; used < count; used++)
            ALTERNATIVES.forEach((c, j) => (sums[j] += logRatio(increments[used], LOG_ALTERNATIVES[j], c, nullRatio)));
        return logSumExp(sums);
    });
}
/**
 * The largest null ratio the test rejects on these increments: the boundary of the rejected set, which is
 * an interval from 0 because the evidence falls as the null ratio rises. `rejected` is a ratio already known
 * to be rejected (the decision's own), so that the bound agrees with the decision exactly. 0 when even
 * the bottom of the range stands; the top of the range when that is rejected too.
 */
function rejectedUpTo(increments, logThreshold, rejected) {
    const count = increments.length;
    const rejects = (logNull) => logEvidence(increments, count, exp(logNull)) >= logThreshold;
    let low = log(rejected ?? SMALLEST_RATIO);
    if (rejected === undefined && !rejects(low))
        return 0;
    let high = log(LARGEST_RATIO);
    if (low >= high || rejects(high))
        return max(LARGEST_RATIO, rejected ?? 0);
    while (high - low > LOG_TOLERANCE) {
        const middle = (low + high) / 2;
        if (rejects(middle))
            low = middle;
        else
            high = middle;
    }
    return exp(low);
}
/** The e-value against "ratio ≤ maxIncrease" after each look, for a chart or a log; the test uses its running maximum. */
function eValuesByLook(looks, maxIncrease) {
    const evidence = evidenceOf(looks);
    return logEvidenceByLook(evidence.canary, evidence.countByLook, maxIncrease).map(exp);
}
/** The first look whose log e-value reached the threshold, and the largest log e-value seen. */
function firstCrossing(logValues, logThreshold) {
    const at = logValues.findIndex((value) => value >= logThreshold);
    return { at: at < 0 ? undefined : at, top: max(-Infinity, ...logValues) };
}
/**
 * Judges the whole sequence of looks so far (pure: the caller keeps the looks). A decision reached at one
 * look stands at later ones: the guarantee covers the first time the evidence crosses, whenever that is.
 * The bounds are those of the last look, tightened by the decision when one was reached earlier: each
 * look's interval holds the true ratio at all looks at once with the stated confidence, so combining
 * two of them keeps it. Each bound is one-sided at `confidence`; the two together hold with 2·confidence − 1.
 */
function judgeComparison(looks, rules) {
    const evidence = evidenceOf(looks);
    const { canary, baseline } = evidence.totals;
    const logThreshold = -log(1 - rules.confidence);
    // H0: ratio ≤ maxIncrease on the canary's side; H0': ratio ≥ maxIncrease is the same test from the
    // baseline's side, whose ratio is the inverse.
    const worse = firstCrossing(logEvidenceByLook(evidence.canary, evidence.countByLook, rules.maxIncrease), logThreshold);
    const within = firstCrossing(logEvidenceByLook(evidence.baseline, evidence.countByLook, 1 / rules.maxIncrease), logThreshold);
    const lower = rejectedUpTo(evidence.canary, logThreshold, worse.at === undefined ? undefined : rules.maxIncrease);
    const inverseLower = rejectedUpTo(evidence.baseline, logThreshold, within.at === undefined ? undefined : 1 / rules.maxIncrease);
    // Nothing is decided before the first look with enough errors and requests on both sides; from then on
    // a crossing at any earlier look counts, since the running maximum is what Ville's inequality bounds.
    const enoughAt = evidence.errorsByLook.findIndex((errors) => errors >= 0 && errors >= rules.minEvents);
    const decidedAt = (crossing) => crossing === undefined || enoughAt < 0 ? undefined : max(crossing, enoughAt);
    const worseAt = decidedAt(worse.at);
    const withinAt = decidedAt(within.at);
    const decision = enoughAt < 0
        ? 'too-few-events'
        : worseAt !== undefined
            ? 'worse'
            : withinAt !== undefined
                ? 'within-limit'
                : 'undecided';
    return {
        decision,
        canary,
        baseline,
        ratio: observedRatio(canary, baseline),
        lower,
        upper: inverseLower > 0 ? 1 / inverseLower : Infinity,
        eValue: exp(worse.top),
        ...(decision === 'worse' ? { decidedAt: worseAt } : decision === 'within-limit' ? { decidedAt: withinAt } : {}),
    };
}
function observedRatio(canary, baseline) {
    if (canary.requests === 0 || baseline.requests === 0 || baseline.errors === 0)
        return undefined;
    return canary.errors / canary.requests / (baseline.errors / baseline.requests);
}

;// CONCATENATED MODULE: ./src/engine/compare/comparisonJudge.ts




// A comparison judged as a gate. Unlike a threshold gate it needs no failure-threshold: the sequential test
// already weighs every look together and accounts for looking at each one, so the first look at which the
// evidence is there fails it (docs/compare.md, "The test").
const comparisonJudge_INCONCLUSIVE_RESULT = {
    pass: 'passed',
    warn: 'warning',
    fail: 'failed',
};
/** How the two sides are named in a sentence: their {{side}} values, or how long before the run the baseline was read. */
function sideNames(compare) {
    const baseline = 'side' in compare.baseline ? compare.baseline.side : `${(0,duration/* formatDuration */.a3)(compare.baseline.beforeMs)} before`;
    return { canary: compare.canary, baseline };
}
/** The looks the test reads (samples that read all four counts), and the sample number of each. */
function looksOf(samples) {
    const looks = [];
    const sampleNumbers = [];
    samples.forEach((sample, index) => {
        if (!sample.canary || !sample.baseline)
            return;
        looks.push({ canary: sample.canary, baseline: sample.baseline });
        sampleNumbers.push(index + 1);
    });
    return { looks, sampleNumbers };
}
/**
 * One look, judged with every look before it: a breach once the canary is shown worse (the decision stands
 * from then on), no data while there are too few errors to compare, otherwise ok. `value` is the canary's
 * error rate since the window started: defined whenever it had requests, unlike the ratio.
 */
function classifyLook(compare, earlier, look) {
    const finding = judgeComparison([...looksOf(earlier).looks, look], compare);
    const rate = look.canary.requests > 0 ? { value: Math.min(1, look.canary.errors / look.canary.requests) } : {};
    const counted = { ...rate, canary: look.canary, baseline: look.baseline };
    const note = describeComparison(finding, sideNames(compare), compare);
    if (finding.decision === 'worse')
        return { outcome: 'breach', ...counted, note };
    if (finding.decision === 'too-few-events')
        return { outcome: 'no-data', ...counted, note };
    return { outcome: 'ok', ...counted };
}
/**
 * The comparison over the samples so far, as a gate's judgement: failed as soon as the canary is shown worse;
 * otherwise inconclusive with too few errors (or requests) or a metric source that kept failing; otherwise
 * passed, whether the test showed the canary within the limit or could not yet tell: it was not shown worse.
 */
function judgeComparisonWindow(samples, compare, rules) {
    const counts = { ok: 0, breach: 0, 'no-data': 0, error: 0 };
    samples.forEach((sample) => counts[sample.outcome]++);
    const { looks, sampleNumbers } = looksOf(samples);
    const finding = judgeComparison(looks, compare);
    const sentence = describeComparison(finding, sideNames(compare), compare);
    const { mostErrorsInARow } = streaksOf(samples);
    const failed = finding.decision === 'worse';
    const sourceDown = mostErrorsInARow >= rules.maxConsecutiveErrors;
    const inconclusive = !failed && (finding.decision === 'too-few-events' || sourceDown);
    const result = failed ? 'failed' : inconclusive ? comparisonJudge_INCONCLUSIVE_RESULT[rules.onInconclusive] : 'passed';
    const lastError = samples.findLast((sample) => sample.outcome === 'error')?.note ?? 'error';
    const detail = !inconclusive
        ? sentence
        : sourceDown
            ? `inconclusive — the metric source kept failing (${mostErrorsInARow} errors in a row: ${lastError})`
            : `inconclusive — ${sentence}`;
    const decidedAt = finding.decidedAt === undefined ? undefined : sampleNumbers[finding.decidedAt];
    const judgement = {
        result,
        failed,
        inconclusive,
        counts,
        detail,
        ...(failed && decidedAt !== undefined ? { failedAt: { sample: decidedAt, note: sentence } } : {}),
    };
    return { judgement, finding, report: comparisonReport(finding, compare, sentence, decidedAt) };
}
/** JSON has no Infinity: an unbounded upper bound, or evidence past a double, is left out rather than turned into null. */
function comparisonReport(finding, compare, sentence, decidedAt) {
    const names = sideNames(compare);
    return {
        canary: { name: names.canary, ...finding.canary },
        baseline: { name: names.baseline, ...finding.baseline },
        decision: finding.decision,
        ...(finding.ratio !== undefined ? { ratio: finding.ratio } : {}),
        lower: finding.lower,
        ...(Number.isFinite(finding.upper) ? { upper: finding.upper } : {}),
        ...(Number.isFinite(finding.eValue) ? { eValue: finding.eValue } : {}),
        maxIncrease: compare.maxIncrease,
        confidence: compare.confidence,
        minEvents: compare.minEvents,
        ...(decidedAt !== undefined ? { decidedAt } : {}),
        sentence,
    };
}

;// CONCATENATED MODULE: ./src/engine/monitor/gate.ts





/**
 * One sample against the gate's limits; no data and errors are never ok. With a traffic count, a sample of
 * fewer than min-requests requests is no data too: one error in 12 requests is 8%, and says nothing.
 */
function classifySample(gate, reading, baseline, traffic) {
    if ('error' in reading)
        return { outcome: 'error', note: reading.error, ...(reading.rateLimited ? { rateLimited: true } : {}) };
    if (traffic && 'error' in traffic)
        return { outcome: 'error', note: `traffic-query: ${traffic.error}` };
    // No series counted is no request: the count of a service nobody called.
    const requests = traffic ? Math.round(traffic.kind === 'value' ? traffic.value : 0) : undefined;
    const counted = requests === undefined ? {} : { requests };
    const minRequests = gate.traffic?.minRequests ?? 0;
    if (requests !== undefined && requests < minRequests) {
        const value = reading.kind === 'value' ? { value: reading.value } : {};
        const note = `${plural_plural(requests, 'request')} < min-requests ${minRequests}`;
        return { outcome: 'no-data', ...value, note, ...counted, lowTraffic: true };
    }
    if (reading.kind === 'no-data')
        return { outcome: 'no-data', note: reading.reason, ...counted };
    const ratioOnly = gate.max === undefined && gate.min === undefined;
    // A gate whose only limit is a ratio cannot judge without a baseline: that is no data, not ok.
    if (ratioOnly && !(baseline && 'value' in baseline))
        return {
            outcome: 'no-data',
            value: reading.value,
            note: baseline && 'note' in baseline ? baseline.note : 'no baseline',
            ...counted,
        };
    const { value } = reading;
    const breaches = [];
    if (gate.max !== undefined && value > gate.max)
        breaches.push(`${numbers_fmt(value)} > max ${numbers_fmt(gate.max)}`);
    if (gate.min !== undefined && value < gate.min)
        breaches.push(`${numbers_fmt(value)} < min ${numbers_fmt(gate.min)}`);
    if (gate.maxRatio !== undefined && baseline && 'value' in baseline) {
        const ratio = ratioBreach(value, baseline.value, gate.maxRatio, gate.minDelta ?? 0);
        if (ratio)
            breaches.push(ratio);
    }
    return breaches.length > 0
        ? { outcome: 'breach', value, note: breaches.join('; '), ...counted }
        : { outcome: 'ok', value, ...counted };
}
/**
 * A ratio breach needs the value both past `max-ratio` times the baseline and more than `min-delta`
 * above it: 0.002 s against a 0.001 s baseline is twice as slow and still nothing. A baseline of 0
 * has no ratio at all: it is judged by min-delta alone, never divided by, never passed by omission.
 */
function ratioBreach(value, baseline, maxRatio, minDelta) {
    if (baseline === 0) {
        return value > minDelta
            ? `${numbers_fmt(value)} > min-delta ${numbers_fmt(minDelta)} (baseline 0: judged by min-delta)`
            : undefined;
    }
    if (value > baseline * maxRatio && value - baseline > minDelta) {
        const delta = minDelta > 0 ? `, ${numbers_fmt(value - baseline)} above it > min-delta ${numbers_fmt(minDelta)}` : '';
        return `${numbers_fmt(value / baseline)}× baseline ${numbers_fmt(baseline)} > max-ratio ${numbers_fmt(maxRatio)}${delta}`;
    }
    return undefined;
}
/** A gate's samples over the window; what they add up to is `judgeGate`'s to say. */
class GateTracker {
    gate;
    baseline;
    samples = [];
    warnings = new Set();
    /** Which of the gate's metrics exist, once looked up; see `wantsMetricLookup`. */
    metrics;
    metricsLookedUp = false;
    rules;
    constructor(gate, baseline, failureThreshold, maxConsecutiveErrors) {
        this.gate = gate;
        this.baseline = baseline;
        baseline?.warnings?.forEach((warning) => this.warnings.add(warning));
        this.rules = {
            failureThreshold,
            maxConsecutiveErrors: gate.maxConsecutiveErrors ?? maxConsecutiveErrors,
            onInconclusive: gate.onInconclusive,
        };
    }
    record(sample, warnings = []) {
        this.samples.push(sample);
        warnings.forEach((warning) => this.warnings.add(warning));
    }
    /**
     * Once per gate, when a missing metric would explain what it saw: its first sample read no data, or it
     * ended (`ended`) inconclusive with such samples. A sample with a value but no baseline is not such a sample.
     */
    wantsMetricLookup(ended) {
        if (this.metricsLookedUp)
            return false;
        const unread = (sample) => sample.outcome === 'no-data' && sample.value === undefined;
        const first = this.samples[0];
        if (!ended)
            return this.samples.length === 1 && first !== undefined && unread(first);
        return this.samples.some(unread) && this.judged().inconclusive;
    }
    recordMetrics(finding) {
        this.metricsLookedUp = true;
        this.metrics = finding;
    }
    /** `failure-threshold` breaches in a row: one noisy sample never fails a gate. A comparison: shown worse. */
    get failed() {
        return this.judged().failed;
    }
    /** The samples so far, judged by the gate's kind: a comparison by its sequential test, any other by its limits. */
    judged(metrics) {
        const { compare } = this.gate;
        return compare
            ? judgeComparisonWindow(this.samples, compare, this.rules).judgement
            : judgeGate(this.samples, this.rules, metrics);
    }
    /** Only an enforced gate's failure ends the window: the others are watched to its end. */
    get stopsWindow() {
        return this.mode === 'enforce' && this.failed;
    }
    get mode() {
        return this.gate.mode ?? 'enforce';
    }
    /**
     * The latest sample is one an early pass can count: ok (not no data), with the baseline the gate
     * needs when it has a ratio.
     */
    get healthyNow() {
        const needsBaseline = this.gate.maxRatio !== undefined && !(this.baseline && 'value' in this.baseline);
        const last = this.samples.at(-1);
        // A comparison vouches for the release only once its test shows the canary within the limit.
        const { compare } = this.gate;
        if (compare)
            return (last?.outcome === 'ok' &&
                judgeComparisonWindow(this.samples, compare, this.rules).finding.decision === 'within-limit');
        // A burn rate above warn-burn-rate is ok, and still no sample to end a window early on.
        return last?.outcome === 'ok' && !last.warnLevel && !needsBaseline;
    }
    report() {
        const compared = this.gate.compare ? judgeComparisonWindow(this.samples, this.gate.compare, this.rules) : undefined;
        const judgement = compared?.judgement ?? judgeGate(this.samples, this.rules, this.metrics);
        const slo = this.gate.slo;
        const judged = underMode(slo ? underWarnBurn(judgement, this.samples, this.rules.failureThreshold, slo.warnBurn) : judgement, this.mode);
        const { result, inconclusive, counts, detail } = judged;
        const values = this.samples.flatMap((sample) => (sample.value === undefined ? [] : [sample.value]));
        const requests = this.samples.flatMap((sample) => (sample.requests === undefined ? [] : [sample.requests]));
        const rateLimited = this.samples.filter((sample) => sample.rateLimited).length;
        const { gate, baseline } = this;
        return {
            name: gate.name,
            query: gate.query,
            limits: {
                max: gate.max,
                min: gate.min,
                maxRatio: gate.maxRatio,
                ...(gate.synthetic?.maxP95Ms !== undefined ? { maxP95Ms: gate.synthetic.maxP95Ms } : {}),
            },
            ...(baseline && 'value' in baseline ? { baseline: baseline.value } : {}),
            ...(baseline && 'note' in baseline ? { baselineNote: baseline.note } : {}),
            ...(gate.traffic ? { minRequests: gate.traffic.minRequests } : {}),
            ...(gate.synthetic ? { minRequests: gate.synthetic.minRequests, ownTraffic: true } : {}),
            ...(rateLimited > 0 ? { rateLimited } : {}),
            ...(gate.source && gate.source !== 'prometheus' ? { source: gate.source } : {}),
            ...(slo ? { minRequests: slo.minRequests, slo: sloReport(slo, this.samples) } : {}),
            ...(compared ? comparedFields(compared.report) : {}),
            ...(requests.length > 0 ? { requests: requests.at(-1) } : {}),
            samples: this.samples,
            counts,
            last: values.at(-1),
            peak: values.length > 0 ? Math.max(...values) : undefined,
            result,
            inconclusive,
            detail,
            warnings: [...this.warnings],
            ...(this.mode !== 'enforce' ? { mode: this.mode } : {}),
            ...(judged.wouldHaveFailed ? { wouldHaveFailed: judged.wouldHaveFailed } : {}),
            ...(this.metrics && this.metrics.missing.length > 0 ? { missingMetrics: this.metrics.missing } : {}),
        };
    }
}
/** The objective, and what the last measured sample says this release spent of the period's budget. */
function sloReport(slo, samples) {
    const last = samples.findLast((sample) => sample.budgetUsed !== undefined);
    if (last?.budgetUsed === undefined || last.burnWindowMs === undefined)
        return { objectivePercent: slo.objectivePercent, periodMs: slo.periodMs };
    return {
        objectivePercent: slo.objectivePercent,
        periodMs: slo.periodMs,
        budgetUsed: Number(last.budgetUsed.toFixed(2)),
        budgetSentence: budgetSentence(last.budgetUsed, slo.periodMs, last.burnWindowMs),
    };
}
/** A comparison's report, and the baseline's error rate where a ratio gate shows its baseline. */
function comparedFields(comparison) {
    const { errors, requests } = comparison.baseline;
    return { comparison, ...(requests > 0 ? { baseline: Math.min(1, errors / requests) } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/compare/comparisonLook.ts

/**
 * The four queries of one look. `{{range}}` is the time since the window started, so every count is
 * cumulative from there; `baseline: before` reads the canary's own queries over an equally long stretch
 * that ends baseline-offset before the run started.
 */
function lookQueries(compare, sinceStartMs, runStartedAt) {
    const side = (value) => sideQueries(compare, value, sinceStartMs);
    const baseline = 'side' in compare.baseline
        ? side(compare.baseline.side)
        : { ...side(compare.canary), at: new Date(runStartedAt - compare.baseline.beforeMs) };
    return { canary: side(compare.canary), baseline };
}
/** One side's errors and requests queries, `{{side}}` filled with `side` and `{{range}}` with the time since the window started. */
function sideQueries(compare, side, sinceStartMs) {
    const range = promqlDuration(sinceStartMs);
    return {
        errors: fillPlaceholders(compare.errorsQuery, { side, range }),
        requests: fillPlaceholders(compare.requestsQuery, { side, range }),
    };
}
/** The four answers as counts; the first that failed, if one did. A query with no series counted nothing. */
function lookOf(answers) {
    const { canary, baseline } = answers;
    const named = [
        ['canary errors-query', canary.errors],
        ['canary requests-query', canary.requests],
        ['baseline errors-query', baseline.errors],
        ['baseline requests-query', baseline.requests],
    ];
    const failed = named.find(([, answer]) => 'error' in answer);
    if (failed && 'error' in failed[1])
        return { error: `${failed[0]}: ${failed[1].error}` };
    const counts = (errors, requests) => ({
        errors: comparisonLook_count(errors),
        requests: comparisonLook_count(requests),
    });
    return { canary: counts(canary.errors, canary.requests), baseline: counts(baseline.errors, baseline.requests) };
}
function comparisonLook_count(answer) {
    return 'kind' in answer && answer.kind === 'value' ? Math.max(0, answer.value) : 0;
}

;// CONCATENATED MODULE: ./src/engine/monitor/monitorStates.ts
// Datadog's names for a monitor's overall state (MonitorOverallStates).
const ALERT = 'Alert';
const WARN = 'Warn';
const NO_DATA = 'No Data';
/** "checkout p99 latency: Alert (https://app.datadoghq.com/monitors/123)": the link only when there is one. */
const named = (monitor) => `${monitor.name}: ${monitor.state}${monitor.url ? ` (${monitor.url})` : ''}`;
/**
 * One sample of the datadog-monitors gate from the states of its monitors: any in Alert is a breach naming each;
 * all in No Data is no data, since nothing then vouches for the release; Warn is ok, said in a note so a
 * reader sees it coming; every other state (OK, Ignored, Skipped, Unknown) is ok.
 */
function classifyMonitorStates(monitors) {
    // The monitors were there before the window: gone now (deleted, retagged), they say nothing either way.
    if (monitors.length === 0)
        return { outcome: 'no-data', note: 'no monitor has the tags any more' };
    const alerting = monitors.filter((monitor) => monitor.state === ALERT);
    if (alerting.length > 0)
        return { outcome: 'breach', note: alerting.map(named).join('; ') };
    if (monitors.every((monitor) => monitor.state === NO_DATA)) {
        return { outcome: 'no-data', note: `every monitor is in ${NO_DATA}` };
    }
    const warning = monitors.filter((monitor) => monitor.state === WARN);
    return warning.length > 0 ? { outcome: 'ok', note: warning.map(named).join('; ') } : { outcome: 'ok' };
}

// EXTERNAL MODULE: ./src/engine/monitor/ranges.ts
var ranges = __nccwpck_require__(3701);
;// CONCATENATED MODULE: ./src/engine/monitor/webReading.ts



const webReading_EXCERPT_CHARS = 80;
/**
 * A web gate's number: its request sent once, the value at its dot path (a plain-text answer is the number
 * itself). A non-2xx answer, a value that is no number, or no answer at all is an error sample that says
 * what was there; JSON `null` is no data, as an empty Prometheus result is.
 */
async function readWebValue(web, prober, options) {
    if (!prober)
        return { error: 'no HTTP client' };
    const where = `${web.request.method} ${(0,engine_secrets/* redactUrl */.BO)(web.request.url)}`;
    let response;
    try {
        response = await prober.send({
            ...web.request,
            timeoutMs: options.timeoutMs,
            followRedirects: false,
            insecureSkipTlsVerify: web.insecureSkipTlsVerify,
            signal: options.signal,
        });
    }
    catch (error) {
        return { error: `${where}: ${(0,errors/* messageOf */.b)(error)}` };
    }
    if (response.status < 200 || response.status >= 300)
        return { error: `${where} answered HTTP ${response.status}` };
    if (response.bodyTruncated)
        return { error: `${where} answered more than the body limit: a web gate needs a short answer holding one number` };
    const parsed = parseJson(response.body);
    // A body that is a bare number (JSON or not) is the number itself; otherwise the value path points into it.
    const structured = parsed.ok && parsed.value !== null && typeof parsed.value === 'object';
    const found = structured ? readDotPath(parsed.value, web.valuePath) : response.body.trim();
    const warnings = [];
    if (found === null)
        return { kind: 'no-data', reason: `${web.valuePath} is null`, warnings };
    const value = typeof found === 'number' ? found : typeof found === 'string' ? Number(found) : Number.NaN;
    const blank = typeof found === 'string' && found.trim() === '';
    if (blank || !Number.isFinite(value))
        return { error: `${where}: ${webReading_describe(found, web.valuePath, structured)}` };
    return { kind: 'value', value, warnings };
}
/** What stood where the number should be, in words a person can fix the value path by. */
function webReading_describe(found, path, json) {
    if (!json)
        return `the answer is neither JSON nor a number: "${String(found).slice(0, webReading_EXCERPT_CHARS)}"`;
    if (found === undefined)
        return `the JSON answer has nothing at ${path}`;
    const shown = JSON.stringify(found) ?? String(found);
    return `${path} is ${shown.length > webReading_EXCERPT_CHARS ? `${shown.slice(0, webReading_EXCERPT_CHARS)}…` : shown}, not a number`;
}

;// CONCATENATED MODULE: ./src/engine/traffic/trafficSample.ts



/**
 * One sample of the traffic gate from the requests of its interval. Drops come first: a service that cannot
 * keep up has failed whatever its few answers said. Then, as every gate, too few requests are no data; the
 * error ratio and the p95 latency of those that finished are judged against their limits.
 */
function classifyTraffic(gate, limits, interval, sending) {
    const { completed: requests, errors, due, dropped, p95Ms } = interval;
    const ratio = requests > 0 ? errors / requests : undefined;
    const measured = {
        ...(ratio !== undefined ? { value: ratio } : {}),
        requests,
        due,
        dropped,
        ...(p95Ms !== undefined ? { p95Ms } : {}),
    };
    if (due > 0 && dropped / due > limits.maxDroppedShare) {
        const note = `the service cannot keep up with ${sending.ratePerSecond} requests/s: ${dropped} of ${plural_plural(due, 'due request')} dropped, ${sending.maxInFlight} (max-in-flight) still waiting for an answer`;
        return { outcome: 'breach', ...measured, note };
    }
    const minRequests = Math.max(1, limits.minRequests);
    if (requests < minRequests || ratio === undefined) {
        const note = `${plural_plural(requests, 'request')} finished < min-requests ${minRequests}`;
        return { outcome: 'no-data', ...measured, note, lowTraffic: true };
    }
    const breaches = [];
    if (gate.max !== undefined && ratio > gate.max)
        breaches.push(`${numbers_fmt(ratio)} > max ${numbers_fmt(gate.max)}: ${errors} of ${plural_plural(requests, 'request')} failed${interval.firstError ? ` (${interval.firstError})` : ''}`);
    if (limits.maxP95Ms !== undefined && p95Ms !== undefined && p95Ms > limits.maxP95Ms)
        breaches.push(`p95 ${(0,duration/* formatDuration */.a3)(Math.round(p95Ms))} > max-p95 ${(0,duration/* formatDuration */.a3)(limits.maxP95Ms)}`);
    return breaches.length > 0
        ? { outcome: 'breach', ...measured, note: breaches.join('; ') }
        : { outcome: 'ok', ...measured };
}

;// CONCATENATED MODULE: ./src/engine/monitor/sampleGate.ts











/** One gate's sample, read the way its kind reads: a query (and its traffic), two windows, two sides, a request, monitors. */
async function takeSample(tracker, deps, { timeoutMs, sinceStartMs }) {
    const { gate } = tracker;
    const source = metricSourceOf(gate, deps);
    const read = (query) => readMetric(source, query, {
        ...(gate.lookbackMs !== undefined ? { lookbackMs: gate.lookbackMs } : {}),
        timeoutMs,
        signal: deps.signal,
    });
    // A comparison's counts run from the window's start (at least a second, as its {{range}}): a range-reading
    // source adds up that stretch's points.
    const count = (query, at) => readMetric(source, query, {
        ...(at ? { at } : {}),
        lookbackMs: Math.max(1_000, sinceStartMs),
        total: true,
        timeoutMs,
        signal: deps.signal,
    });
    if (gate.web)
        return sampleWeb(gate, gate.web, deps, timeoutMs);
    if (gate.synthetic) {
        if (!deps.traffic)
            return { sample: { outcome: 'error', note: 'no traffic was sent' }, warnings: [] };
        return {
            sample: classifyTraffic(gate, gate.synthetic, deps.traffic.run.takeInterval(), deps.traffic),
            warnings: [],
        };
    }
    if (gate.monitorTags !== undefined)
        return sampleMonitors(gate.monitorTags, deps, timeoutMs);
    if (gate.slo)
        return sampleBurn(gate.slo, gate.max ?? 0, read, sinceStartMs);
    if (gate.compare)
        return sampleComparison(gate.compare, tracker.samples, count, sinceStartMs, deps.runStartedAt);
    return sampleGate(gate, tracker.baseline, read, sinceStartMs);
}
/** One sample of a web gate: its request, the number at its value path, judged against its limits. */
async function sampleWeb(gate, web, deps, timeoutMs) {
    const answer = await readWebValue(web, deps.prober, { timeoutMs, signal: deps.signal });
    // The answer's own text may quote what the request carried.
    const reading = 'error' in answer ? { error: deps.redact(answer.error) } : answer;
    return { sample: classifySample(gate, reading, undefined), warnings: [] };
}
/** One sample of the datadog-monitors gate: its monitors listed again, judged by their states. */
async function sampleMonitors(tags, deps, timeoutMs) {
    if (!deps.datadogMonitors)
        return { sample: { outcome: 'error', note: 'no Datadog monitor source' }, warnings: [] };
    try {
        const monitors = await deps.datadogMonitors.list(tags, { timeoutMs, signal: deps.signal });
        return { sample: classifyMonitorStates(monitors), warnings: [] };
    }
    catch (error) {
        const rateLimited = error instanceof ports/* MetricError */.vh && error.rateLimited ? { rateLimited: true } : {};
        return { sample: { outcome: 'error', note: deps.redact((0,errors/* messageOf */.b)(error)), ...rateLimited }, warnings: [] };
    }
}
/** What the metric source said about its answers (partial data, a series limit). */
const warningsOf = (...answers) => answers.flatMap((answer) => (answer && 'warnings' in answer ? answer.warnings : []));
/** One sample of a threshold or ratio gate, with its traffic when it counts it. */
async function sampleGate(gate, baseline, read, sinceStartMs) {
    const [reading, traffic] = await Promise.all([read(gate.query), gate.traffic ? read(gate.traffic.query) : undefined]);
    // Its range still reaches back past the window's start: partly the previous version's traffic.
    const reach = Math.max((0,ranges/* reachBackMs */.ng)(gate.query), (0,ranges/* reachBackMs */.ng)(gate.traffic?.query ?? ''));
    const sample = classifySample(gate, reading, baseline, traffic);
    return { sample: reach > sinceStartMs ? { ...sample, beforeDeploy: true } : sample, warnings: warningsOf(reading) };
}
/** One sample of the burn-rate gate: errors and requests over its short and its long window, read at once. */
async function sampleBurn(slo, maxBurn, read, sinceStartMs) {
    const { short, long, longMs } = burnQueries(slo, sinceStartMs);
    const [shortErrors, shortRequests, longErrors, longRequests] = await Promise.all([
        read(short.errors),
        read(short.requests),
        read(long.errors),
        read(long.requests),
    ]);
    const sample = classifyBurn(slo, maxBurn, { errors: shortErrors, requests: shortRequests }, { errors: longErrors, requests: longRequests }, longMs);
    return { sample, warnings: warningsOf(shortErrors, shortRequests, longErrors, longRequests) };
}
/** One look of a comparison: both sides' errors and requests since the window started, read at once. */
async function sampleComparison(compare, earlier, count, sinceStartMs, runStartedAt) {
    const { canary, baseline } = lookQueries(compare, sinceStartMs, runStartedAt);
    const [canaryErrors, canaryRequests, baselineErrors, baselineRequests] = await Promise.all([
        count(canary.errors),
        count(canary.requests),
        count(baseline.errors, baseline.at),
        count(baseline.requests, baseline.at),
    ]);
    const look = lookOf({
        canary: { errors: canaryErrors, requests: canaryRequests },
        baseline: { errors: baselineErrors, requests: baselineRequests },
    });
    const warnings = warningsOf(canaryErrors, canaryRequests, baselineErrors, baselineRequests);
    if ('error' in look)
        return { sample: { outcome: 'error', note: look.error }, warnings };
    return { sample: classifyLook(compare, earlier, look), warnings };
}
async function readMetric(metrics, query, options) {
    if (!metrics)
        return { error: 'no metric source' };
    try {
        return await metrics.query(query, options);
    }
    catch (error) {
        if (!(error instanceof ports/* MetricError */.vh))
            return { error: (0,errors/* messageOf */.b)(error) };
        return { error: error.message, ...(error.rateLimited ? { rateLimited: true } : {}) };
    }
}

;// CONCATENATED MODULE: ./src/engine/monitor/scrapeFit.ts



/** Prometheus's own default `global.scrape_interval`: what is assumed when the backend does not say. */
const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
/**
 * "15s, from scrape-interval", "1m, read from Prometheus's configuration", "1m, Prometheus's default, assumed",
 * and with `reason`, why it was assumed: said once in the summary, not in every warning.
 */
function scrapeFit_describeScrapeInterval(scrape, { reason = true } = {}) {
    const source = scrape.source === 'input'
        ? 'from scrape-interval'
        : scrape.source === 'prometheus'
            ? "read from Prometheus's configuration"
            : `Prometheus's default, assumed${reason ? `: ${scrape.note ?? 'the backend does not say'}` : ''}`;
    return `${(0,duration/* formatDuration */.a3)(scrape.ms)}, ${source}`;
}
/** `{{range}}`: four scrapes, so one missed scrape still leaves rate() enough, and never less than a sample's pace. */
function rangeFor(scrape, intervalMs) {
    return promqlDuration(Math.max(4 * scrape.ms, intervalMs));
}
/**
 * A range to suggest, in whole seconds rounded up: PromQL has no fractional durations (`[2.5s]` is a parse
 * error), and rounding down could suggest a range that is still too short.
 */
function rangeText(ms) {
    return (0,duration/* formatDuration */.a3)(Math.ceil(ms / 1_000) * 1_000);
}
/**
 * A literal range shorter than two scrapes can never hold the two samples rate() needs: the gate would read
 * no data for the whole window. Only a known interval rejects; an assumed one (Thanos, Mimir, managed
 * services scrape at their own pace) only warns.
 */
function scrapeFit(gates, scrape, intervalMs) {
    const known = scrape.source !== 'default';
    const interval = scrapeFit_describeScrapeInterval(scrape, { reason: false });
    const rejected = new Map();
    const warnings = [];
    for (const gate of gates) {
        for (const range of (0,ranges/* rangeSelectors */.gf)(gate.query)) {
            const fix = `use [${rangeText(4 * scrape.ms)}] or more, or {{range}}`;
            if (range.ms < 2 * scrape.ms) {
                const problem = `range ${range.text} is shorter than two scrapes (scrape interval ${interval}): it cannot hold the two samples rate() needs and returns nothing`;
                if (known)
                    rejected.set(gate.name, `${problem}; use [${rangeText(2 * scrape.ms)}] or more, or {{range}}`);
                else
                    warnings.push(`${gate.name}: ${problem}, if the interval is right; set scrape-interval, or ${fix}`);
                break;
            }
            if (range.ms < 4 * scrape.ms) {
                warnings.push(`${gate.name}: range ${range.text} holds fewer than four scrapes (scrape interval ${interval}): one missed scrape can leave it empty; ${fix}`);
            }
        }
    }
    if (intervalMs < scrape.ms) {
        warnings.push(`monitor-interval ${(0,duration/* formatDuration */.a3)(intervalMs)} is shorter than the scrape interval ${interval}: samples in a row repeat the same scrape, so failure-threshold counts fewer fresh readings than it says; set monitor-interval to ${(0,duration/* formatDuration */.a3)(scrape.ms)} or more`);
    }
    return { rejected, warnings };
}

;// CONCATENATED MODULE: ./src/engine/monitor/gateSetup.ts







// Reading the scrape interval is a courtesy: it must never hold the window up for long.
const SCRAPE_INTERVAL_TIMEOUT_MS = 2_000;
const NOTHING_UNFIT = { rejected: new Map(), warnings: [] };
/**
 * `{{range}}` filled from the scrape interval, each query measured against it, then sent once: a range that
 * can never hold two scrapes and malformed PromQL are configuration errors that waiting cannot fix.
 */
async function setUpGates(plan, deps, timeoutMs) {
    if (plan.gates.length === 0)
        return { gates: [], rejected: [], warnings: [] };
    // The scrape interval is Prometheus's: without a PromQL gate there is nothing to read it for.
    const promql = plan.gates.some(readsPrometheus);
    const scrapeInterval = promql
        ? await readScrapeInterval(plan, deps)
        : { ms: DEFAULT_SCRAPE_INTERVAL_MS, source: 'default' };
    const range = rangeFor(scrapeInterval, plan.intervalMs);
    const gates = plan.gates.map((gate) => ({
        ...gate,
        // The burn-rate gate's {{range}} is the window each sample evaluates; shown and checked here at its shortest.
        // A comparison's is the time since the window started: shown at its longest, the whole window.
        query: fillPlaceholders(gate.query, {
            range: gate.slo ? promqlDuration(gate.slo.shortWindowMs) : gate.compare ? promqlDuration(plan.windowMs) : range,
        }),
        ...(gate.traffic ? { traffic: { ...gate.traffic, query: fillPlaceholders(gate.traffic.query, { range }) } } : {}),
    }));
    // A comparison's range grows from one interval to the whole window: short at first by design, never refused.
    const measured = gates.filter((gate) => !gate.compare && readsPrometheus(gate));
    const fit = promql ? scrapeFit(measured.flatMap(queriesOf), scrapeInterval, plan.intervalMs) : NOTHING_UNFIT;
    fit.warnings.forEach((warning) => deps.logger.warning(deps.redact(warning)));
    const unfit = gates.flatMap((gate) => {
        const fix = fit.rejected.get(gate.name);
        return fix ? [rejectedGate(gate, fix)] : [];
    });
    const [queried, monitored] = await Promise.all([
        rejectedQueries(gates.filter((gate) => !fit.rejected.has(gate.name)), deps, timeoutMs),
        rejectedMonitors(gates, deps, timeoutMs),
    ]);
    const rejected = [...unfit, ...queried, ...monitored];
    return { gates, rejected, ...(promql ? { scrapeInterval } : {}), warnings: fit.warnings };
}
/** What a gate sends: its query, and the count of requests its samples cover (`key` names it in a message). */
function queriesOf(gate) {
    if (gate.slo) {
        const { short } = burnQueries(gate.slo, 0);
        return [
            { name: gate.name, query: short.errors, key: 'slo-errors-query' },
            { name: gate.name, query: short.requests, key: 'slo-requests-query' },
        ];
    }
    if (gate.compare) {
        // Only whether Prometheus accepts them matters here: the baseline's differ only in a label value or the time.
        const canary = sideQueries(gate.compare, gate.compare.canary, 0);
        return [
            { name: gate.name, query: canary.errors, key: 'errors-query' },
            { name: gate.name, query: canary.requests, key: 'requests-query' },
        ];
    }
    const traffic = gate.traffic ? [{ name: gate.name, query: gate.traffic.query, key: 'traffic-query' }] : [];
    return [{ name: gate.name, query: gate.query }, ...traffic];
}
async function readScrapeInterval(plan, deps) {
    if (plan.scrapeIntervalMs !== undefined)
        return { ms: plan.scrapeIntervalMs, source: 'input' };
    if (!deps.metrics?.scrapeInterval) {
        return { ms: DEFAULT_SCRAPE_INTERVAL_MS, source: 'default', note: 'the metric source does not say' };
    }
    try {
        const ms = await deps.metrics.scrapeInterval({ timeoutMs: SCRAPE_INTERVAL_TIMEOUT_MS, signal: deps.signal });
        return { ms, source: 'prometheus' };
    }
    catch (error) {
        return { ms: DEFAULT_SCRAPE_INTERVAL_MS, source: 'default', note: deps.redact((0,errors/* messageOf */.b)(error)) };
    }
}
/** Every gate's query once, reported with the backend's own message before any sample is taken. */
async function rejectedQueries(gates, deps, timeoutMs) {
    const checked = await Promise.all(gates.map(async (gate) => {
        const metrics = metricSourceOf(gate, deps);
        if (!metrics)
            return undefined;
        // At the run's start, a moment that already has data: only whether Prometheus accepts the query matters.
        const at = new Date(deps.runStartedAt);
        for (const { query, key } of queriesOf(gate)) {
            try {
                const lookback = gate.lookbackMs !== undefined ? { lookbackMs: gate.lookbackMs } : {};
                await metrics.query(query, { at, ...lookback, timeoutMs, signal: deps.signal });
            }
            catch (error) {
                if (error instanceof ports/* MetricError */.vh && error.queryRejected)
                    return rejectedGate(gate, key ? `${key}: ${error.message}` : error.message);
                // Not a verdict yet (Prometheus may be restarting), but a reader should see it before the samples.
                deps.logger.info(deps.redact(`${gate.name}: no answer before the window: ${(0,errors/* messageOf */.b)(error)}`));
                return undefined;
            }
        }
        return undefined;
    }));
    return checked.filter((gate) => gate !== undefined);
}
/**
 * The monitors gate's monitors listed once: tags no monitor has (a typo, the wrong env:) would pass every sample
 * on no monitor at all, and tags matching more than the provider can judge are refused by it. Both are setup
 * problems that waiting cannot fix.
 */
async function rejectedMonitors(gates, deps, timeoutMs) {
    const checked = await Promise.all(gates.map(async (gate) => {
        const tags = gate.monitorTags;
        if (tags === undefined || !deps.datadogMonitors)
            return undefined;
        try {
            const monitors = await deps.datadogMonitors.list(tags, { timeoutMs, signal: deps.signal });
            return monitors.length === 0 ? setupFailure(gate, `no Datadog monitor has the tags ${tags}`) : undefined;
        }
        catch (error) {
            if (error instanceof ports/* MetricError */.vh && error.queryRejected)
                return setupFailure(gate, error.message);
            deps.logger.info(deps.redact(`${gate.name}: no answer before the window: ${(0,errors/* messageOf */.b)(error)}`));
            return undefined;
        }
    }));
    return checked.filter((gate) => gate !== undefined);
}
function rejectedGate(gate, message) {
    return setupFailure(gate, `the query was rejected before the window began: ${message}`);
}
/** A gate failed before its first sample, `detail` saying why: never sampled, and no reason to roll back. */
function setupFailure(gate, detail) {
    return {
        name: gate.name,
        query: gate.query,
        limits: { max: gate.max, min: gate.min, maxRatio: gate.maxRatio },
        samples: [],
        counts: { ok: 0, breach: 0, 'no-data': 0, error: 0 },
        result: 'failed',
        inconclusive: false,
        detail,
        warnings: [],
        rejected: true,
        ...(gate.source && gate.source !== 'prometheus' ? { source: gate.source } : {}),
    };
}

;// CONCATENATED MODULE: ./src/engine/monitor/metricNames.ts
// Words in PromQL that are never a metric name although they look like one (keywords are case-insensitive).
const KEYWORDS = new Set(['and', 'or', 'unless', 'atan2', 'bool', 'offset', 'inf', 'nan']);
// Keywords followed by a list of label names in parentheses: `by (le)`, `on (job)`, `group_left (instance)`.
const LABEL_LISTS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const CLOSING = { '{': '}', '[': ']', '(': ')' };
/**
 * The metric names a PromQL expression selects, each once, in order: `histogram_quantile(0.99,
 * sum(rate(x_bucket[5m])) by (le))` -> `["x_bucket"]`. Function names, keywords, label names (inside `{}`
 * and after `by`), strings, durations and numbers are skipped. A lexer, not a parser: the query is
 * already known to be valid PromQL, so only what could be mistaken for a name needs telling apart.
 */
function metricNames(query) {
    const names = [];
    let index = 0;
    while (index < query.length) {
        const char = query[index];
        if (char === '"' || char === "'" || char === '`')
            index = afterString(query, index);
        else if (char === '#')
            index = lineEnd(query, index);
        else if (char === '{' || char === '[')
            index = afterBracket(query, index);
        else if (/[0-9.]/.test(char))
            index = wordEnd(query, index, /[0-9a-zA-Z_.+]/);
        else if (/[a-zA-Z_:]/.test(char)) {
            const end = wordEnd(query, index, /[a-zA-Z0-9_:]/);
            const word = query.slice(index, end);
            const next = nextVisible(query, end);
            index = end;
            if (LABEL_LISTS.has(word.toLowerCase())) {
                if (query[next] === '(')
                    index = afterBracket(query, next);
            }
            else if (!calls(query, next) && !KEYWORDS.has(word.toLowerCase()) && !names.includes(word)) {
                names.push(word);
            }
        }
        else
            index++;
    }
    return names;
}
/** A function call, or an aggregation with its grouping first: `sum by (le) (…)`. */
function calls(query, next) {
    if (query[next] === '(')
        return true;
    const following = query.slice(next, wordEnd(query, next, /[a-zA-Z_]/)).toLowerCase();
    return following === 'by' || following === 'without';
}
function afterString(query, start) {
    const quote = query[start];
    let index = start + 1;
    while (index < query.length && query[index] !== quote)
        index += query[index] === '\\' && quote !== '`' ? 2 : 1;
    return index + 1;
}
/** Past the bracket that closes the one at `start`, skipping strings inside (a label value may hold `}`). */
function afterBracket(query, start) {
    const open = query[start];
    const close = CLOSING[open];
    let depth = 0;
    let index = start;
    while (index < query.length) {
        const char = query[index];
        if (char === '"' || char === "'" || char === '`') {
            index = afterString(query, index);
            continue;
        }
        if (char === open)
            depth++;
        else if (char === close && --depth === 0)
            return index + 1;
        index++;
    }
    return index;
}
function wordEnd(query, start, part) {
    let index = start;
    while (index < query.length && part.test(query[index]))
        index++;
    return index;
}
function lineEnd(query, start) {
    const end = query.indexOf('\n', start);
    return end < 0 ? query.length : end;
}
function nextVisible(query, start) {
    let index = start;
    while (index < query.length && /\s/.test(query[index]))
        index++;
    return index;
}

;// CONCATENATED MODULE: ./src/engine/monitor/missingMetrics.ts



/**
 * Asks the source once which metrics of the query have no series at all. Undefined when it cannot tell
 * (no lookup, no metric name in the query, no answer): the gate then says only that it had no data.
 */
async function findMissingMetrics(metrics, gate, deps) {
    const names = metricNames(gate.query);
    if (!metrics?.missingMetrics || names.length === 0)
        return undefined;
    try {
        const missing = await metrics.missingMetrics(names, { timeoutMs: deps.timeoutMs, signal: deps.signal });
        if (missing.length > 0)
            deps.logger.info(deps.redact(`${gate.name}: no series: ${missingSentence(missing)}`));
        return { missing };
    }
    catch (error) {
        deps.logger.info(deps.redact(`${gate.name}: could not look up whether its metrics exist: ${(0,errors/* messageOf */.b)(error)}`));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/engine/monitor/podHealth.ts
/** Waiting reasons that never heal by waiting longer: they fail at once. */
const FATAL_WAITING_REASONS = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'CreateContainerConfigError',
    'InvalidImageName',
]);
const LOG_EXAMPLES = 3;
const LOG_EXAMPLE_CHARS = 200;
/** Pod health over the window: fatal states, pods not Ready, restarts since the window began. */
class PodHealthTracker {
    options;
    samples = 0;
    answered = 0;
    baselineTaken = false;
    notReadyStreak = 0;
    consecutiveErrors = 0;
    mostConsecutiveErrors = 0;
    lastError;
    restartBaseline = new Map();
    restarts = 0;
    problems = [];
    failure;
    lastHealthy = false;
    /** `redact` masks a log line before it is cut: a cut secret is no longer found by the mask. */
    constructor(options) {
        this.options = options;
    }
    get failed() {
        return this.failure !== undefined;
    }
    /** The latest sample answered, and every pod in it was Ready with nothing failing. */
    get healthyNow() {
        return this.lastHealthy && !this.failed;
    }
    record(sample) {
        this.samples++;
        this.lastHealthy = false;
        // No pod at all is no data, never a healthy sample: a wrong selector must not pass.
        const pods = 'error' in sample || sample.length > 0 ? sample : { error: 'no pod matches the selector' };
        if ('error' in pods) {
            this.consecutiveErrors++;
            this.mostConsecutiveErrors = Math.max(this.mostConsecutiveErrors, this.consecutiveErrors);
            this.lastError = pods.error;
            return;
        }
        this.consecutiveErrors = 0;
        this.answered++;
        if (this.failed)
            return;
        const fatal = pods.flatMap((pod) => pod.containers
            .filter((container) => container.waitingReason !== undefined && FATAL_WAITING_REASONS.has(container.waitingReason))
            .map((container) => ({
            pod: pod.name,
            container: container.name,
            reason: withTermination(container.waitingReason, container.lastTerminationReason),
        })));
        if (fatal.length > 0)
            return this.fail(fatal, fatal.map(podHealth_describe).join('; '));
        const notReady = pods.filter((pod) => !pod.ready);
        this.notReadyStreak = notReady.length > 0 ? this.notReadyStreak + 1 : 0;
        if (this.notReadyStreak >= this.options.failureThreshold) {
            const problems = notReady.map((pod) => ({
                pod: pod.name,
                reason: `not Ready (${pod.phase}) for ${this.notReadyStreak} samples`,
            }));
            return this.fail(problems, problems.map(podHealth_describe).join('; '));
        }
        this.restarts = this.countRestarts(pods);
        this.lastHealthy = notReady.length === 0 && this.restarts <= this.options.maxRestarts;
        if (this.restarts > this.options.maxRestarts) {
            const restarted = pods.flatMap((pod) => pod.containers
                .filter((container) => container.restartCount > (this.restartBaseline.get(key(pod.name, container.name)) ?? 0))
                .map((container) => ({
                pod: pod.name,
                container: container.name,
                reason: withTermination('restarted', container.lastTerminationReason),
            })));
            this.fail(restarted, `${this.restarts} container restarts since the window began (max-restarts ${this.options.maxRestarts}): ${restarted.map(podHealth_describe).join('; ')}`);
        }
    }
    report(logs) {
        if (logs && 'matches' in logs && !this.failed && logs.matches.length > logs.maxLogErrors) {
            this.failure = `${logs.matches.length} log lines match log-error-pattern (max-log-errors ${logs.maxLogErrors})`;
        }
        // Logs that could not be read (a container that never started has none) are said, not judged.
        const logNote = logs && 'error' in logs ? `; the logs could not be scanned: ${logs.error}` : '';
        const inconclusive = !this.failed && (this.answered === 0 || this.mostConsecutiveErrors >= this.options.maxConsecutiveErrors);
        const result = this.failed ? 'failed' : inconclusive ? 'warning' : 'passed';
        return {
            samples: this.samples,
            result,
            inconclusive,
            detail: (this.failure ??
                (inconclusive
                    ? `inconclusive — kubectl kept failing: ${this.lastError ?? 'no answer'}`
                    : `all pods healthy in ${this.samples} samples, ${this.restarts} restarts`)) + logNote,
            problems: this.problems,
            restarts: this.restarts,
            ...(logs && 'matches' in logs
                ? {
                    logMatches: logs.matches.length,
                    logExamples: logs.matches
                        .slice(0, LOG_EXAMPLES)
                        .map((line) => this.options.redact(line).slice(0, LOG_EXAMPLE_CHARS)),
                }
                : {}),
        };
    }
    /** Restarts counted from the window's start: the first sample is the baseline; a pod that appears later counts in full. */
    countRestarts(pods) {
        const first = !this.baselineTaken;
        this.baselineTaken = true;
        let total = 0;
        for (const pod of pods) {
            for (const container of pod.containers) {
                const id = key(pod.name, container.name);
                if (first)
                    this.restartBaseline.set(id, container.restartCount);
                total += Math.max(0, container.restartCount - (this.restartBaseline.get(id) ?? 0));
            }
        }
        return total;
    }
    fail(problems, reason) {
        this.problems = problems;
        this.failure = reason;
    }
}
const key = (pod, container) => `${pod}/${container}`;
function withTermination(reason, termination) {
    return termination ? `${reason} (last terminated: ${termination})` : reason;
}
function podHealth_describe(problem) {
    return `${problem.pod}${problem.container ? `/${problem.container}` : ''}: ${problem.reason}`;
}

;// CONCATENATED MODULE: ./src/engine/traffic/latencyHistogram.ts
// Buckets 2% wide: a quantile is off by at most 2%, and the memory is a few hundred counts whatever the window.
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
/** Latencies in log-spaced buckets: quantiles in fixed memory, however many requests a window sends. */
class LatencyHistogram {
    buckets = new Map();
    count = 0;
    max = 0;
    add(ms) {
        const bucket = ms <= 1 ? 0 : Math.ceil(Math.log(ms) / LOG_GROWTH);
        this.buckets.set(bucket, (this.buckets.get(bucket) ?? 0) + 1);
        this.count++;
        this.max = Math.max(this.max, ms);
    }
    /** The q-quantile (0.95: p95) as its bucket's upper edge, never above the largest seen; absent when empty. */
    quantile(q) {
        if (this.count === 0)
            return undefined;
        const rank = Math.max(1, Math.ceil(q * this.count));
        let seen = 0;
        for (const bucket of [...this.buckets.keys()].sort((a, b) => a - b)) {
            seen += this.buckets.get(bucket) ?? 0;
            if (seen >= rank)
                return Math.min(this.max, bucket === 0 ? 1 : GROWTH ** bucket);
        }
        return this.max;
    }
}

;// CONCATENATED MODULE: ./src/engine/traffic/trafficRun.ts





// Distinct failures kept per request: enough to show what went wrong without letting a flood of messages grow.
const MAX_DISTINCT_FAILURES = 5;
/**
 * Sends the planned requests in turn on a fixed schedule, `ratePerSecond` whatever the service's speed: a
 * slow answer must not slow the traffic and so hide its own latency. A request due while `maxInFlight` are
 * out is dropped and counted, not queued.
 */
function startTraffic(plan, deps) {
    const { clock, prober, redact } = deps;
    const stopper = new AbortController();
    const signal = AbortSignal.any([deps.signal, stopper.signal]);
    const tallies = plan.requests.map((request) => new RequestTally(request));
    const inFlight = new Set();
    let interval = new IntervalTally();
    const everyLatency = new LatencyHistogram();
    let sent = 0;
    let stoppedBecause;
    const startedAt = clock.now();
    let stoppedAt;
    const spacingMs = 1_000 / plan.ratePerSecond;
    async function send(tally) {
        const entry = tally.request;
        const at = clock.now();
        try {
            const response = await prober.send({
                ...entry.request,
                timeoutMs: entry.timeoutMs,
                followRedirects: entry.followRedirects,
                insecureSkipTlsVerify: entry.insecureSkipTlsVerify,
                signal,
            });
            const unmet = unmetExpectations(entry.expect, response, redact);
            const latencyMs = clock.now() - at;
            if (unmet.length === 0)
                return finish(tally, latencyMs);
            finish(tally, latencyMs, {
                kind: 'unexpected',
                error: unmet.join('; '),
                excerpt: () => responseExcerpt(response, redact),
            });
        }
        catch (error) {
            // Stopped with the window: it was neither answered nor failed by the service.
            if (stopper.signal.aborted || deps.signal.aborted)
                return;
            const failure = error instanceof ports/* ProbeError */.B2 ? error : new ports/* ProbeError */.B2('other', String(error));
            finish(tally, clock.now() - at, { kind: failure.kind, error: redact(failure.message) });
        }
    }
    function finish(tally, latencyMs, failure) {
        tally.finish(latencyMs, failure);
        everyLatency.add(latencyMs);
        interval.finish(latencyMs, failure && `${tally.request.name}: ${failure.error}`);
    }
    const schedule = (async () => {
        for (let index = 0; index < plan.maxRequests; index++) {
            const wait = startedAt + index * spacingMs - clock.now();
            if (wait > 0)
                await clock.sleep(wait, signal);
            if (signal.aborted)
                return;
            const tally = tallies[index % tallies.length];
            interval.due++;
            if (inFlight.size >= plan.maxInFlight) {
                interval.dropped++;
                tally.dropped++;
                continue;
            }
            sent++;
            tally.sent++;
            const sending = send(tally).finally(() => inFlight.delete(sending));
            inFlight.add(sending);
        }
        stoppedBecause ??= `its budget of ${plan.maxRequests} requests (max-requests) was spent`;
        // The schedule's end: when the request after the last would have been due.
        stoppedAt ??= startedAt + plan.maxRequests * spacingMs;
    })();
    return {
        takeInterval() {
            const taken = interval.result();
            interval = new IntervalTally();
            return taken;
        },
        async stop(reason) {
            stoppedBecause ??= reason;
            stoppedAt ??= clock.now();
            stopper.abort();
            await schedule;
            await Promise.all(inFlight);
        },
        report() {
            const requests = tallies.map((tally) => tally.report(redact));
            const latencyMs = latencySummary(everyLatency);
            return {
                ratePerSecond: plan.ratePerSecond,
                maxInFlight: plan.maxInFlight,
                maxRequests: plan.maxRequests,
                sent,
                ok: requests.reduce((sum, request) => sum + request.ok, 0),
                failed: everyLatency.count - requests.reduce((sum, request) => sum + request.ok, 0),
                dropped: tallies.reduce((sum, tally) => sum + tally.dropped, 0),
                ...(latencyMs ? { latencyMs } : {}),
                ranMs: (stoppedAt ?? clock.now()) - startedAt,
                stoppedBecause: stoppedBecause ?? 'still running',
                requests,
            };
        },
    };
}
class IntervalTally {
    due = 0;
    dropped = 0;
    completed = 0;
    errors = 0;
    firstError;
    latencies = new LatencyHistogram();
    finish(latencyMs, error) {
        this.completed++;
        this.latencies.add(latencyMs);
        if (error === undefined)
            return;
        this.errors++;
        this.firstError ??= error;
    }
    result() {
        const p95Ms = this.latencies.quantile(0.95);
        return {
            due: this.due,
            dropped: this.dropped,
            completed: this.completed,
            errors: this.errors,
            ...(p95Ms !== undefined ? { p95Ms } : {}),
            ...(this.firstError !== undefined ? { firstError: this.firstError } : {}),
        };
    }
}
class RequestTally {
    request;
    sent = 0;
    dropped = 0;
    ok = 0;
    errors = {};
    latencies = new LatencyHistogram();
    failures = new Map();
    constructor(request) {
        this.request = request;
    }
    finish(latencyMs, failure) {
        this.latencies.add(latencyMs);
        if (!failure) {
            this.ok++;
            return;
        }
        this.errors[failure.kind] = (this.errors[failure.kind] ?? 0) + 1;
        const known = this.failures.get(failure.error);
        if (known)
            known.count++;
        else if (this.failures.size < MAX_DISTINCT_FAILURES)
            this.failures.set(failure.error, {
                error: failure.error,
                count: 1,
                ...(failure.excerpt ? { response: failure.excerpt() } : {}),
            });
    }
    report(redact) {
        const latencyMs = latencySummary(this.latencies);
        return {
            name: this.request.name,
            method: this.request.request.method,
            url: redact((0,engine_secrets/* redactUrl */.BO)(this.request.request.url)),
            sent: this.sent,
            ok: this.ok,
            errors: { ...this.errors },
            unfinished: this.sent - this.latencies.count,
            dropped: this.dropped,
            ...(latencyMs ? { latencyMs } : {}),
            failures: [...this.failures.values()],
        };
    }
}
const round = (ms) => Math.round(ms * 10) / 10;
function latencySummary(latencies) {
    const p50 = latencies.quantile(0.5);
    const p95 = latencies.quantile(0.95);
    if (p50 === undefined || p95 === undefined)
        return undefined;
    return { p50: round(p50), p95: round(p95), max: round(latencies.max) };
}

;// CONCATENATED MODULE: ./src/engine/monitor/windowSamples.ts




/** Healthy samples in a row that end the window as passed; 0, never. A gate passes on no fewer than MIN_USABLE_SAMPLES. */
function earlyPassAfter({ successThreshold }) {
    return successThreshold ? Math.max(successThreshold, MIN_USABLE_SAMPLES) : 0;
}
/**
 * What the window's length and interval rule out before it runs: gates that cannot pass on so few samples,
 * and a success-threshold it never reaches. Warnings, not input errors: such a gate can still fail, and
 * what it yields inconclusive is on-inconclusive's to say (`pass` makes it a pass); comparisons and pods
 * are judged without a sample minimum.
 */
function windowWarnings(plan) {
    const samples = plannedSamples(plan);
    const window = `monitor-window ${(0,duration/* formatDuration */.a3)(plan.windowMs)} at monitor-interval ${(0,duration/* formatDuration */.a3)(plan.intervalMs)}`;
    if (samples < MIN_USABLE_SAMPLES) {
        // A comparison decides by its sequential test, and an observed gate never changes the verdict.
        const held = plan.gates.filter((gate) => !gate.compare && gate.mode !== 'observe').map((gate) => gate.name);
        if (held.length === 0)
            return [];
        // Whole seconds, and no shorter than the schema's 1s.
        const longestInterval = Math.floor(plan.windowMs / MIN_USABLE_SAMPLES / 1_000) * 1_000;
        const shorter = longestInterval >= 1_000 ? `, or monitor-interval to ${(0,duration/* formatDuration */.a3)(longestInterval)} or less` : '';
        return [
            `${window} takes ${plural_plural(samples, 'sample')}, and a gate needs ${MIN_USABLE_SAMPLES} usable samples to pass: ` +
                `${held.join(', ')} can only ${samples < plan.failureThreshold ? '' : 'fail or '}end inconclusive (on-inconclusive decides what that yields); ` +
                `set monitor-window to ${(0,duration/* formatDuration */.a3)(MIN_USABLE_SAMPLES * plan.intervalMs)} or more${shorter}`,
        ];
    }
    const passAfter = earlyPassAfter(plan);
    if (passAfter > samples) {
        return [
            `success-threshold ${plan.successThreshold} is more healthy samples in a row than the ${samples} that ${window} takes: ` +
                `it never ends the window early; lower it, or set monitor-window to ${(0,duration/* formatDuration */.a3)(passAfter * plan.intervalMs)} or more`,
        ];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engine/monitor/monitor.ts













const QUERY_TIMEOUT_MS = 10_000;
/**
 * Samples every gate (concurrently) and the pods each interval over the window, and stops at the
 * first sample that fails a gate: the verdict must not wait for the window to end.
 */
async function runMonitor(plan, deps) {
    const { clock, logger, signal } = deps;
    const queryTimeoutMs = Math.min(QUERY_TIMEOUT_MS, plan.intervalMs);
    const setup = await setUpGates(plan, deps, queryTimeoutMs);
    // What the report says about the setup whether or not the window ran.
    const setupNotes = {
        ...(setup.scrapeInterval ? { scrapeInterval: setup.scrapeInterval } : {}),
        ...(setup.warnings.length > 0 ? { setupWarnings: setup.warnings } : {}),
        ...(plan.trafficUnchecked ? { trafficUnchecked: plan.trafficUnchecked } : {}),
    };
    if (setup.rejected.length > 0) {
        return {
            ...windowOf(plan),
            ...setupNotes,
            samples: 0,
            stoppedEarly: 'a gate query was rejected before the window began',
            gates: setup.rejected,
        };
    }
    const baselines = await readBaselines(plan.baselineOffsetMs, setup.gates, deps, queryTimeoutMs);
    const maxConsecutiveErrors = plan.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_ERRORS;
    const gates = setup.gates.map((gate) => new GateTracker(gate, baselines.get(gate.name), plan.failureThreshold, maxConsecutiveErrors));
    const pods = plan.pods && deps.cluster
        ? new PodHealthTracker({
            failureThreshold: plan.failureThreshold,
            maxConsecutiveErrors,
            maxRestarts: plan.pods.maxRestarts,
            redact: deps.redact,
        })
        : undefined;
    const windowStart = clock.now();
    // With traffic, a sample judges the requests of the interval before it: the traffic starts one interval
    // before the first sample, which is never before that first interval is over.
    const sends = plan.traffic !== undefined && deps.prober !== undefined;
    await clock.sleep(sends ? Math.max(0, plan.delayMs - plan.intervalMs) : plan.delayMs, signal);
    const traffic = plan.traffic && deps.prober
        ? {
            run: startTraffic(plan.traffic, { prober: deps.prober, clock, redact: deps.redact, signal }),
            ratePerSecond: plan.traffic.ratePerSecond,
            maxInFlight: plan.traffic.maxInFlight,
        }
        : undefined;
    const sampleDeps = traffic ? { ...deps, traffic } : deps;
    if (traffic)
        await clock.sleep(plan.intervalMs, signal);
    const firstAt = clock.now();
    const planned = plannedSamples(plan);
    let taken = 0;
    let stoppedEarly;
    let endedEarly;
    let healthyInARow = 0;
    const passAfter = earlyPassAfter(plan);
    for (let index = 0; index < planned; index++) {
        const wait = firstAt + index * plan.intervalMs - clock.now();
        if (wait > 0)
            await clock.sleep(wait, signal);
        if (signal.aborted) {
            stoppedEarly = 'the step was cancelled or reached its time limit';
            break;
        }
        const now = clock.now();
        const at = now - deps.runStartedAt;
        await Promise.all([
            ...gates.map(async (tracker) => {
                const { sample, warnings } = await takeSample(tracker, sampleDeps, {
                    timeoutMs: queryTimeoutMs,
                    sinceStartMs: now - windowStart,
                });
                tracker.record({ at, ...sample }, warnings);
                // Early, so the log says it while the window runs, not only the summary after it.
                if (tracker.wantsMetricLookup(false))
                    await lookUpMetrics(tracker, deps, queryTimeoutMs);
            }),
            pods && deps.cluster ? samplePods(deps.cluster, pods, queryTimeoutMs, signal) : undefined,
        ]);
        taken++;
        logger.info(deps.redact(sampleLine(index + 1, planned, gates, pods)));
        const failed = [
            ...gates.filter((tracker) => tracker.stopsWindow).map((tracker) => tracker.gate.name),
            ...(pods?.failed ? ['pods'] : []),
        ];
        if (failed.length > 0) {
            stoppedEarly = `${failed.join(', ')} failed at sample ${index + 1} of ${planned}`;
            break;
        }
        healthyInARow = allHealthy(gates, pods) ? healthyInARow + 1 : 0;
        if (passAfter > 0 && healthyInARow >= passAfter) {
            endedEarly = `ended early after ${healthyInARow} healthy samples in a row (success-threshold ${plan.successThreshold})`;
            break;
        }
    }
    // Before anything else: a failed window is followed by a rollback, which must not meet the action's own requests.
    await traffic?.run.stop(stoppedEarly ?? endedEarly ?? 'the window ended');
    await Promise.all(gates
        .filter((tracker) => tracker.wantsMetricLookup(true))
        .map((tracker) => lookUpMetrics(tracker, deps, queryTimeoutMs)));
    // After a failure stopped the window the verdict is known: reading every pod's logs would only delay it.
    const scan = plan.pods?.logPattern && deps.cluster && !stoppedEarly;
    const logs = scan
        ? await scanLogs(deps.cluster, plan.pods?.logPattern, new Date(windowStart), signal)
        : undefined;
    return {
        ...windowOf(plan),
        ...setupNotes,
        samples: taken,
        ...(stoppedEarly ? { stoppedEarly } : {}),
        ...(endedEarly ? { endedEarly } : {}),
        gates: gates.map((tracker) => tracker.report()),
        ...(pods
            ? { pods: pods.report(logs && plan.pods ? { ...logs, maxLogErrors: plan.pods.maxLogErrors } : undefined) }
            : {}),
        ...(traffic ? { traffic: traffic.run.report() } : {}),
    };
}
function windowOf(plan) {
    return {
        windowMs: plan.windowMs,
        intervalMs: plan.intervalMs,
        delayMs: plan.delayMs,
        failureThreshold: plan.failureThreshold,
    };
}
/** Each ratio gate's own query, evaluated baseline-offset before the run began. */
async function readBaselines(offsetMs, planned, deps, timeoutMs) {
    const at = new Date(deps.runStartedAt - offsetMs);
    const entries = await Promise.all(planned
        .filter((gate) => gate.maxRatio !== undefined)
        .map(async (gate) => {
        const reading = await readMetric(metricSourceOf(gate, deps), gate.query, {
            at,
            ...(gate.lookbackMs !== undefined ? { lookbackMs: gate.lookbackMs } : {}),
            timeoutMs,
            signal: deps.signal,
        });
        if ('error' in reading)
            return [gate.name, { note: `no baseline: ${reading.error}` }];
        // A baseline read from partial data is said as such, like a sample.
        const warnings = reading.warnings.map((warning) => `baseline: ${warning}`);
        if (reading.kind === 'no-data') {
            const note = `no baseline ${(0,duration/* formatDuration */.a3)(offsetMs)} before: ${reading.reason}`;
            return [gate.name, { note, warnings }];
        }
        // Zero is a baseline (no errors before the deploy), judged by min-delta; below zero a ratio means nothing.
        if (reading.value < 0) {
            return [gate.name, { note: `baseline is ${numbers_fmt(reading.value)}: a ratio to it means nothing`, warnings }];
        }
        return [gate.name, { value: reading.value, warnings }];
    }));
    return new Map(entries);
}
async function lookUpMetrics(tracker, deps, timeoutMs) {
    const { logger, redact, signal } = deps;
    // A series lookup is PromQL: other sources leave no data unexplained.
    const finding = readsPrometheus(tracker.gate)
        ? await findMissingMetrics(deps.metrics, tracker.gate, { logger, redact, timeoutMs, signal })
        : undefined;
    tracker.recordMetrics(finding);
}
/**
 * A sample an early pass counts: every enforced gate ok with the baseline it needs, and the pods
 * healthy. With neither an enforced gate nor pods there is nothing to vouch for the release.
 */
function allHealthy(gates, pods) {
    const enforced = gates.filter((tracker) => tracker.mode === 'enforce');
    if (enforced.length === 0 && !pods)
        return false;
    return enforced.every((tracker) => tracker.healthyNow) && (pods?.healthyNow ?? true);
}
/**
 * One pod list, bounded like a gate's query: a cluster that accepts the request and never answers
 * would otherwise hold every sample for as long as kubectl's own request timeout.
 */
async function samplePods(cluster, pods, timeoutMs, signal) {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
        pods.record(await cluster.listPods(AbortSignal.any([signal, deadline])));
    }
    catch (error) {
        pods.record({
            error: deadline.aborted && !signal.aborted
                ? `the cluster gave no pod list within ${(0,duration/* formatDuration */.a3)(timeoutMs)}`
                : (0,errors/* messageOf */.b)(error),
        });
    }
}
async function scanLogs(cluster, pattern, since, signal) {
    const matcher = new RegExp(pattern);
    try {
        return { matches: (await cluster.podLogs(since, signal)).filter((line) => matcher.test(line)) };
    }
    catch (error) {
        return { error: (0,errors/* messageOf */.b)(error) };
    }
}
/** "sample 3/30: error-rate 0.002 ok · latency 0.21 ok · pods ok" */
function sampleLine(number, planned, gates, pods) {
    const parts = gates.map((tracker) => {
        const last = tracker.samples.at(-1);
        const value = last?.value === undefined ? '' : ` ${numbers_fmt(last.value)}`;
        return `${tracker.gate.name}${value} ${last?.outcome ?? '?'}${last?.note && last.outcome !== 'ok' ? ` (${last.note})` : ''}`;
    });
    if (pods)
        parts.push(`pods ${pods.failed ? 'failed' : 'ok'}`);
    return `sample ${number}/${planned}: ${parts.join(' · ')}`;
}

;// CONCATENATED MODULE: ./src/engine/monitor/outcomes.ts



/** Each gate and the pods as a check of the verdict, so outputs, annotations and tables treat them alike. */
function monitorOutcomes(monitor, target, redact, 
/** How long the window ran, as the clock measured it: what the run's own duration is made of. */
windowMs) {
    const where = target ? kubectlTarget(target) : undefined;
    const logs = where ? [`kubectl logs ${where} --all-containers --since=15m`] : undefined;
    const outcomes = monitor.gates.map((gate) => outcomeOf(
    // Only an enforced gate is required: one in observe or warn mode can never fail the verdict.
    { name: gate.name, kind: 'gate', required: gate.mode === undefined }, {
        result: gate.result,
        detail: gate.detail,
        setupProblem: gate.rejected,
        wouldHaveFailed: gate.wouldHaveFailed !== undefined,
        analysis: gate.missingMetrics
            ? {
                cause: 'the query reads a metric this Prometheus does not have: it can never judge the release',
                nextStep: "check the metric's name against what the service exposes on /metrics, and that Prometheus scrapes the service",
            }
            : gate.inconclusive && gate.samples.some((sample) => sample.lowTraffic)
                ? {
                    cause: `too few requests to judge: below min-requests ${gate.minRequests ?? 0} in ${plural_plural(gate.samples.filter((sample) => sample.lowTraffic).length, 'sample')}`,
                    nextStep: 'lower min-requests, lengthen the window, or add traffic during it; a quiet service is not a healthy one',
                }
                : gate.inconclusive
                    ? { cause: 'the gate could not judge the release: no usable data', nextStep: unjudgedNextStep(gate) }
                    : {
                        cause: `${gate.name} went past its limit right after the deploy`,
                        nextStep: 'compare the new release with the previous one, starting with the logs of the new pods',
                        ...(logs ? { commands: logs } : {}),
                    },
    }, windowMs, redact));
    const pods = monitor.pods;
    if (pods) {
        outcomes.push(outcomeOf({ name: 'pods', kind: 'pods', required: true }, {
            result: pods.result,
            detail: pods.detail,
            analysis: {
                cause: pods.inconclusive ? 'kubectl could not read the pods' : 'the new pods are unhealthy',
                nextStep: "read the Deployment's events and the logs of the containers that restarted",
                ...(where && logs ? { commands: [`kubectl describe ${where}`, `${logs[0]} --previous`] } : {}),
            },
        }, windowMs, redact));
    }
    return outcomes;
}
/** Where to look when a gate had nothing to judge: its source says what to try by hand. */
function unjudgedNextStep(gate) {
    if (gate.ownTraffic)
        return "read what each request got in the summary's Traffic section; with fewer than 3 samples, lengthen monitor-window";
    if (gate.source === 'web')
        return 'send the request below: its answer must hold one number at the value path';
    if (gate.source === 'datadog')
        return "run the query below in Datadog's metrics explorer over the last minutes: it must return one series";
    return 'run the query below in Prometheus while the service has traffic: it must return one number';
}

;// CONCATENATED MODULE: ./src/engine/pool.ts
/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapConcurrent(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    }
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/engine/phases/verify.ts






/** Rollout wait, then the smoke, dependency, flow and version checks, then the monitor window. */
async function checkRelease(run) {
    const rollout = await waitForRollout(run);
    const verified = await verify(run);
    const checks = rollout ? [rollout, ...verified] : verified;
    const version = checks.find((check) => check.kind === 'version');
    // Watching a release that already failed would only delay the verdict.
    const watchedFrom = run.deps.clock.now();
    const monitor = checks.some((check) => check.result === 'failed') ? undefined : await watch(run);
    if (monitor) {
        const windowMs = run.deps.clock.now() - watchedFrom;
        checks.push(...monitorOutcomes(monitor, run.plan.kubernetes, run.deps.redact, windowMs).map(run.announce));
    }
    return { checks, deployedVersion: version && deployedVersionOf(version), monitor };
}
async function waitForRollout({ plan, deps, checkContext, announce }) {
    const target = plan.kubernetes;
    if (!target || target.rolloutTimeoutMs === 0 || !deps.cluster)
        return undefined;
    return deps.logger.group('Rollout', async () => announce(await runCheck({ kind: 'rollout', check: target }, checkContext)));
}
/** Smoke checks, dependencies and flows share one pool, bounded by concurrency; the version check polls beside it. */
async function verify({ plan, deps, checkContext, announce }) {
    const pooled = [
        ...plan.httpChecks.map(plannedHttp),
        ...plan.dependencies.map((check) => ({ kind: 'dependency', check })),
        ...plan.flows.map((check) => ({ kind: 'flow', check })),
    ];
    const { versionCheck } = plan;
    const total = pooled.length + (versionCheck ? 1 : 0);
    if (total === 0)
        return [];
    const run = async (planned) => announce(await runCheck(planned, checkContext));
    const title = `Verify: ${total} ${total === 1 ? 'check' : 'checks'}, ${plan.concurrency} at a time`;
    return deps.logger.group(title, async () => {
        const [outcomes, version] = await Promise.all([
            mapConcurrent(pooled, plan.concurrency, run),
            versionCheck ? run({ kind: 'version', check: versionCheck }) : undefined,
        ]);
        return version ? [...outcomes, version] : outcomes;
    });
}
function watch({ plan, deps, signal, startedAt }) {
    const monitor = plan.monitor;
    if (!monitor)
        return undefined;
    const title = `Monitor: ${(0,duration/* formatDuration */.a3)(monitor.windowMs)} window, a sample every ${(0,duration/* formatDuration */.a3)(monitor.intervalMs)}`;
    return deps.logger.group(title, () => runMonitor(monitor, {
        metrics: deps.metrics,
        datadogMetrics: deps.datadogMetrics,
        datadogMonitors: deps.datadogMonitors,
        prober: deps.prober,
        cluster: deps.cluster,
        clock: deps.clock,
        logger: deps.logger,
        redact: deps.redact,
        signal,
        runStartedAt: startedAt,
    }));
}

;// CONCATENATED MODULE: ./src/engine/notices/deliver.ts


const MAX_ATTEMPTS = 3;
const FIRST_RETRY_MS = 1_000;
// A Retry-After longer than this would hold the step for a notice: give up and warn instead.
const MAX_RETRY_WAIT_MS = 10_000;
/** Every channel at once; a notice is best-effort and never throws: its outcome is a result to report. */
function deliverAll(channels, notice, deps) {
    return Promise.all(channels.map((channel) => deliver(channel, notice, deps)));
}
/** Up to 3 attempts on connection errors other than a certificate, 5xx and 429 (waiting what Retry-After asks, within reason); other answers are final. */
async function deliver(channel, notice, deps) {
    const base = { channel: channel.name, event: notice.event };
    if (deps.dryRun) {
        const { more = [], ...first } = channel.preview(notice);
        for (const [index, { method, url, body }] of [first, ...more].entries()) {
            const then = index === 0 ? '' : 'then ';
            deps.logger.info(deps.redact(`dry-run: ${channel.name} would ${then}${method} ${url} ${JSON.stringify(body)}`));
        }
        return { ...base, sent: false, attempts: 0, detail: 'dry run: printed, not sent' };
    }
    let detail = '';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        let waitMs = FIRST_RETRY_MS * 2 ** (attempt - 1);
        try {
            const answer = await channel.send(notice, deps.signal);
            if (answer.status >= 200 && answer.status < 300 && answer.unconfirmed) {
                return {
                    ...base,
                    sent: false,
                    attempts: attempt,
                    detail: deps.redact(`HTTP ${answer.status}, but not ${channel.name}'s answer: ${answer.detail ?? 'nothing confirms the notice'}`),
                };
            }
            if (answer.status >= 200 && answer.status < 300 && answer.refused) {
                return {
                    ...base,
                    sent: false,
                    attempts: attempt,
                    detail: deps.redact(answer.detail ?? `${channel.name} refused the notice`),
                    ...(answer.reference ? { reference: answer.reference } : {}),
                };
            }
            if (answer.status >= 200 && answer.status < 300) {
                return {
                    ...base,
                    sent: true,
                    attempts: attempt,
                    detail: deps.redact(answer.detail ?? `HTTP ${answer.status}`),
                    ...(answer.reference ? { reference: answer.reference } : {}),
                };
            }
            detail = deps.redact(`HTTP ${answer.status}${answer.detail ? `: ${answer.detail}` : ''}`);
            if (answer.status !== 429 && answer.status < 500)
                return { ...base, sent: false, attempts: attempt, detail };
            if (answer.retryAfterMs !== undefined)
                waitMs = answer.retryAfterMs;
        }
        catch (error) {
            detail = deps.redact((0,errors/* messageOf */.b)(error));
            // A timed-out POST may have been processed: sending it again could post the notice twice.
            // A certificate that failed once fails again: retrying only delays the step.
            if (error instanceof ports/* ProbeError */.B2 && ['aborted', 'timeout', 'tls'].includes(error.kind))
                return { ...base, sent: false, attempts: attempt, detail };
        }
        if (attempt === MAX_ATTEMPTS || waitMs > MAX_RETRY_WAIT_MS)
            return { ...base, sent: false, attempts: attempt, detail };
        await deps.clock.sleep(waitMs, deps.signal);
    }
    return { ...base, sent: false, attempts: MAX_ATTEMPTS, detail };
}

;// CONCATENATED MODULE: ./src/engine/notices/notice.ts
const EVENT = {
    passed: 'success',
    warning: 'warning',
    failed: 'failure',
    cancelled: 'cancelled',
};
/** The facts every channel shows when the check begins. */
function startNotice(plan, context, startedAt) {
    return {
        event: 'start',
        service: plan.service,
        environment: plan.environment,
        version: plan.version,
        repository: context.repository,
        commitUrl: context.commitUrl,
        runUrl: context.runUrl,
        actor: context.actor,
        startedAt,
        failures: [],
        runbookUrl: plan.runbookUrl,
        dashboardUrl: plan.notices?.dashboardUrl,
    };
}
/** The same facts at the end, with the outcome, what failed with its numbers, and the rollback. */
function endNotice(start, end) {
    const { rollback } = end;
    return {
        ...start,
        event: EVENT[end.result],
        finishedAt: end.finishedAt,
        summary: end.summary,
        // A gate held back by its mode that would have failed is news too: the team is deciding whether to trust it.
        failures: end.checks
            .filter((check) => check.result !== 'passed' || check.wouldHaveFailed)
            .map((check) => ({ name: check.name, detail: check.detail })),
        ...(rollback
            ? {
                rollback: {
                    outcome: rollback.outcome,
                    message: rollback.message,
                    toRevision: rollback.to?.revision,
                    gitOps: rollback.gitOps,
                },
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/engine/notices/noticeSignal.ts
/** After a cancel the runner sends SIGTERM in 7.5 s: the cancelled notice must be out well before. */
const CANCELLED_NOTICE_MS = 3_000;
/** How long notices may run past the step's deadline, so a hanging vendor adds at most this to the step. */
const PAST_DEADLINE_MS = 7_000;
/**
 * The signal a round of notices runs under, made when the round starts. Notices must outlive the
 * checks' deadline and a cancel, to report them, but only briefly: a round ends PAST_DEADLINE_MS after
 * the deadline (or after its own start, when it starts later, as after a rollback), and
 * CANCELLED_NOTICE_MS after a cancel.
 */
function noticeSignal(msToDeadline, cancel) {
    const hardLimit = AbortSignal.timeout(Math.max(msToDeadline, 0) + PAST_DEADLINE_MS);
    if (!cancel)
        return hardLimit;
    const afterCancel = new AbortController();
    const expire = () => setTimeout(() => afterCancel.abort(cancel.reason), CANCELLED_NOTICE_MS).unref();
    if (cancel.aborted)
        expire();
    else
        cancel.addEventListener('abort', expire, { once: true });
    return AbortSignal.any([hardLimit, afterCancel.signal]);
}

;// CONCATENATED MODULE: ./src/engine/phases/notify.ts




/**
 * Sends the start notice at once and returns what sends the end notice. The start is awaited only at
 * the end: a slow Slack never delays a check.
 */
function startNotices(run, channels) {
    const { plan, deps, startedAt } = run;
    const deliverDeps = (msToDeadline) => ({
        clock: deps.clock,
        logger: deps.logger,
        redact: deps.redact,
        signal: noticeSignal(msToDeadline, deps.signal),
        dryRun: plan.dryRun,
    });
    const to = (event) => channels.filter((channel) => channelWants(plan.notices, channel.name, event));
    const start = startNotice(plan, deps.context, startedAt);
    const started = deliverAll(to('start'), start, deliverDeps(plan.timeoutMs));
    return async function end(facts) {
        if (channels.length === 0)
            return undefined;
        return deps.logger.group('Notices', async () => {
            // The end notices' time counts from now, not from when a slow start notice gives up.
            const endDeps = deliverDeps(startedAt + plan.timeoutMs - deps.clock.now());
            const startResults = await started;
            const notice = endNotice(start, { ...facts, finishedAt: deps.clock.now() });
            return [...startResults, ...(await deliverAll(to(notice.event), notice, endDeps))];
        });
    };
}

;// CONCATENATED MODULE: ./src/engine/phases/trackRelease.ts




/**
 * Records the run on GitHub: at once the deployment (github-deployment: create) and its in_progress status,
 * and returns what sets the final status. The start is awaited only at the end, so a slow API never delays
 * a check. Every failure is a warning naming what to fix: the verdict never depends on GitHub.
 */
function startTracking(run, tracker) {
    const { plan, deps, startedAt } = run;
    const github = plan.github;
    if (!github)
        return () => Promise.resolve(undefined);
    const ref = deps.context.commitSha;
    const status = (state, description) => ({
        state,
        description: deploymentDescription(description),
        ...(deps.context.runUrl ? { logUrl: deps.context.runUrl } : {}),
        ...(github.environmentUrl ? { environmentUrl: github.environmentUrl } : {}),
    });
    // A token without the permission gets the same answer every time: one warning says it.
    let denied = false;
    const warn = (what, error) => {
        if (error instanceof ports/* TrackerError */.BT && error.permission)
            denied = true;
        const permission = error instanceof ports/* TrackerError */.BT && error.permission ? `; give the job's token ${error.permission}` : '';
        const line = deps.redact(`GitHub deployment: ${what}: ${(0,errors/* messageOf */.b)(error)}${permission}`);
        deps.logger.warning(line);
        return line;
    };
    const signalFor = () => noticeSignal(startedAt + plan.timeoutMs - deps.clock.now(), deps.signal);
    const inProgress = `checking ${plan.service}${plan.version ? ` ${plan.version}` : ''} in ${plan.environment}`;
    // The deployment's id, once there is one, and the in_progress status.
    const started = (async () => {
        if (plan.dryRun) {
            deps.logger.info(deps.redact(github.mode === 'create'
                ? `dry-run: would create a GitHub deployment of ${ref ?? 'the commit'} to ${plan.environment} and set it in_progress`
                : `dry-run: would set GitHub deployment ${github.deploymentId} in_progress`));
            return {
                id: github.deploymentId,
                statuses: [{ state: 'in_progress', sent: false, detail: 'dry run: printed, not sent' }],
            };
        }
        if (!tracker) {
            const detail = warn('nothing sent', new Error('the repository is unknown: GITHUB_REPOSITORY is not set'));
            return { statuses: [{ state: 'in_progress', sent: false, detail }] };
        }
        let id = github.deploymentId;
        if (github.mode === 'create') {
            if (!ref) {
                const detail = warn('not created', new Error('the commit is unknown: GITHUB_SHA is not set'));
                return { statuses: [{ state: 'in_progress', sent: false, detail }] };
            }
            try {
                id = (await tracker.createDeployment({ ref, environment: plan.environment, production: plan.environment === 'production' }, signalFor())).id;
                deps.logger.info(`GitHub deployment ${id} created for ${plan.environment}`);
            }
            catch (error) {
                const detail = warn('not created', error);
                return { statuses: [{ state: 'in_progress', sent: false, detail }] };
            }
        }
        return { id, statuses: [await send(id, 'in_progress', inProgress)] };
    })();
    async function send(id, state, description) {
        try {
            await tracker?.setStatus(id, status(state, description), signalFor());
            return { state, sent: true, detail: `status ${state} on deployment ${id}` };
        }
        catch (error) {
            return { state, sent: false, detail: warn(`status ${state} not set on deployment ${id}`, error) };
        }
    }
    return async function end(facts) {
        const begun = await started;
        const state = finalDeploymentState(facts.result, facts.checks);
        const report = (statuses) => ({
            mode: github.mode,
            ...(begun.id !== undefined ? { id: begun.id } : {}),
            statuses: [...begun.statuses, ...statuses],
        });
        if (plan.dryRun) {
            deps.logger.info(deps.redact(`dry-run: would set the GitHub deployment ${state}: ${deploymentDescription(facts.summary)}`));
            return report([{ state, sent: false, detail: 'dry run: printed, not sent' }]);
        }
        if (begun.id === undefined || !tracker)
            return report([]);
        if (denied)
            return report([{ state, sent: false, detail: 'not sent: the token lacks the permission (warned above)' }]);
        return report([await send(begun.id, state, facts.summary)]);
    };
}

;// CONCATENATED MODULE: ./src/engine/report/budget.ts
/** GitHub refuses a step summary over 1 MiB; the rest of the room is left for the lines that say what was left out. */
const SUMMARY_BYTES = 1_000_000;
const encoder = new TextEncoder();
const byteLength = (lines) => lines.reduce((sum, line) => sum + encoder.encode(line).length + 1, 0);
/**
 * Takes whole blocks, in order, while they fit in `budget` bytes; says how many were left out and
 * where to find them. A block is kept whole so that a table row or a <details> is never cut open.
 */
function takeWhileFits(blocks, budget, leftOut) {
    const lines = [];
    let bytes = 0;
    for (const [index, block] of blocks.entries()) {
        const size = byteLength(block);
        if (bytes + size > budget) {
            const note = ['', leftOut(blocks.length - index), ''];
            return { lines: [...lines, ...note], bytes: bytes + byteLength(note) };
        }
        lines.push(...block);
        bytes += size;
    }
    return { lines, bytes };
}

// EXTERNAL MODULE: ./src/engine/report/escape.ts
var report_escape = __nccwpck_require__(1958);
;// CONCATENATED MODULE: ./src/engine/report/codeBlock.ts

/** GitHub's summary is about 1,012 px wide: this many monospace characters fit on a line. */
const CODE_COLUMNS = 100;
/**
 * A fenced code block, which GitHub shows with a copy button. The fence is longer than any run of
 * backticks in the text, so the text cannot close it; nothing inside a fence is read as markup.
 */
function codeBlock_codeBlock(lines, language = '') {
    const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${language}`, ...lines, fence];
}
/**
 * Evidence from the network (a response body) as escaped text that wraps instead of scrolling
 * sideways: JSON is pretty-printed first, and every line is cut into CODE_COLUMNS-wide pieces.
 */
function codeBlock_evidenceBlock(text) {
    return `<pre>${escapeHtml(wrapLines(prettyJson(text)).join('\n'))}</pre>`;
}
function prettyJson(text) {
    try {
        return JSON.stringify(JSON.parse(text), null, 2);
    }
    catch {
        return text;
    }
}
function wrapLines(text, columns = CODE_COLUMNS) {
    return text.split(/\r?\n/).flatMap((line) => {
        if (line.length <= columns)
            return [line];
        const pieces = [];
        for (let start = 0; start < line.length; start += columns)
            pieces.push(line.slice(start, start + columns));
        return pieces;
    });
}
/**
 * Break points of a line that keep its meaning: whitespace (and, for PromQL, after a comma) outside
 * quotes. A token longer than the width stays whole: a broken name could not be copied.
 */
function breakPoints(line, afterComma) {
    const points = [];
    let quote;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === quote && line[index - 1] !== '\\')
                quote = undefined;
        }
        else if (char === '"' || char === "'" || char === '`')
            quote = char;
        else if (char === ' ')
            points.push(index);
        else if (afterComma && char === ',')
            points.push(index + 1);
    }
    return points;
}
function wrapAt(line, columns, afterComma) {
    const pieces = [];
    let rest = line;
    while (rest.length > columns) {
        const cut = breakPoints(rest, afterComma)
            .filter((point) => point > 0 && point <= columns)
            .at(-1);
        if (cut === undefined)
            break;
        pieces.push(rest.slice(0, cut).trimEnd());
        rest = rest.slice(cut).trimStart();
    }
    return [...pieces, rest];
}
/** A shell command over several lines, each but the last ending in a backslash: still one command to paste. */
function codeBlock_wrapCommand(command, columns = CODE_COLUMNS) {
    const pieces = wrapAt(command, columns - 2, false);
    return pieces.map((piece, index) => `${index > 0 ? '  ' : ''}${piece}${index < pieces.length - 1 ? ' \\' : ''}`);
}
/** A PromQL query over several lines: Prometheus ignores the line breaks, so it pastes as it is. */
function codeBlock_wrapQuery(query, columns = CODE_COLUMNS) {
    return wrapAt(query, columns, true);
}

;// CONCATENATED MODULE: ./src/engine/report/failureMarkdown.ts


const failureMarkdown_ICON = { passed: '✅', warning: '⚠️', failed: '❌' };
/**
 * One check that did not pass, as an on-call engineer needs it: what failed with what was measured
 * against what was allowed, the likely cause, the next step with the commands that carry it out, and
 * the evidence. The body is shown open when the next step says to read it, folded otherwise.
 */
function failureBlock(check, gate) {
    const optional = check.required ? '' : ' (optional)';
    const request = check.request ? `${inlineCode(`${check.request.method} ${check.request.url}`)}: ` : '';
    const lines = [
        `#### ${failureMarkdown_ICON[check.result]} ${escapeHtml(check.name)}${optional}`,
        '',
        `${request}${tableCell(check.detail)}`,
        '',
    ];
    const { analysis } = check;
    if (analysis) {
        lines.push(`**Cause:** ${escapeHtml(analysis.cause)}  `, `**Next step:** ${escapeHtml(analysis.nextStep)}`, '');
        if (analysis.commands && analysis.commands.length > 0)
            lines.push(...codeBlock(analysis.commands.flatMap((command) => wrapCommand(command)), 'sh'), '');
    }
    if (gate)
        lines.push(...codeBlock(wrapQuery(gate.query), 'promql'), '');
    if (check.response) {
        const type = check.response.contentType ? `, ${escapeHtml(check.response.contentType)}` : '';
        const label = `Response body (${check.response.status}${type})`;
        const body = evidenceBlock(check.response.bodyExcerpt);
        if (analysis?.readBody)
            lines.push(`${label}:`, '', body, '');
        else
            lines.push(`<details><summary>${label}</summary>`, '', body, '', '</details>', '');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/engine/report/headline.ts




const HEADLINE = {
    passed: '✅ Passed',
    warning: '⚠️ Passed with warnings',
    failed: '❌ Failed',
    cancelled: '⏹️ Cancelled',
};
/** A failed rollback outranks everything: it is the one thing a reader must see first. */
function headline(report) {
    if (report.command === 'rollback')
        return approvalHeadline(report);
    if (report.rollback?.outcome === 'failed')
        return '🚨 ROLLBACK FAILED';
    if (report.rollback?.outcome === 'rolled-back' && report.verdict.result === 'failed') {
        return `${HEADLINE.failed}, rolled back`;
    }
    return HEADLINE[report.verdict.result];
}
/** The approval job checks nothing: its headline is what the rollback did. */
function approvalHeadline(report) {
    if (report.verdict.result === 'cancelled')
        return HEADLINE.cancelled;
    switch (report.rollback?.outcome) {
        case 'rolled-back':
            return '↩️ Rolled back by approval';
        case 'dry-run':
            return '🧪 Rollback by approval: dry run';
        case 'not-rolled-back':
        case undefined:
            return '❌ Nothing to roll back';
        default:
            return '🚨 Rollback failed';
    }
}
/** Version (short, linked to its commit), duration, run, runbook, approver: one line under the headline. */
function metaLine(report) {
    const parts = [];
    if (report.command === 'rollback') {
        if (report.context.actor)
            parts.push(`approved by @${(0,report_escape/* escapeHtml */.ZD)(report.context.actor)}`);
    }
    else if (report.version) {
        const { commitSha, commitUrl } = report.context;
        const short = (0,report_escape/* inlineCode */.ti)(shortSha(report.version));
        const isRunCommit = commitSha !== undefined && commitUrl !== undefined && versionsMatch(report.version, commitSha);
        parts.push(`version ${isRunCommit ? `[${short}](${commitUrl})` : short}`);
        if (report.deployedVersion && !versionsMatch(report.version, report.deployedVersion)) {
            parts.push(`answering ${(0,report_escape/* inlineCode */.ti)(shortSha(report.deployedVersion))}`);
        }
    }
    parts.push((0,duration/* formatDuration */.a3)(report.durationMs));
    if (report.context.runUrl)
        parts.push(`[run](${report.context.runUrl})`);
    // Where the run went wrong, the team's own instructions come first.
    if (report.runbookUrl && (report.verdict.result === 'failed' || report.verdict.result === 'warning')) {
        parts.push(`**[runbook](${linkTarget(report.runbookUrl)})**`);
    }
    return parts.join(' · ');
}
/** A URL as a Markdown link target: parentheses and spaces would end the link early. */
function linkTarget(url) {
    return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/engine/report/xyChart.ts

/** The measured series in GitHub's accent blue, the second (a limit, or a baseline) in a muted grey: both >= 4.5:1 on white. */
const SERIES_COLOUR = '#0969da';
const LIMIT_COLOUR = '#6e7781';
const CHART_INIT = (/* unused pure expression or super */ null && (`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${SERIES_COLOUR}, ${LIMIT_COLOUR}"}}}}%%`));
// More points than this a chart cannot draw apart, and a 6 h window sampled every second would fill the summary.
const MAX_CHART_POINTS = 200;
/** At most MAX_CHART_POINTS, keeping from each run of samples the one nearest a breach, so no spike disappears. */
function xyChart_thinned(points, worst) {
    if (points.length <= MAX_CHART_POINTS)
        return [...points];
    const size = Math.ceil(points.length / MAX_CHART_POINTS);
    const kept = [];
    for (let start = 0; start < points.length; start += size) {
        const bucket = points.slice(start, start + size);
        kept.push(bucket.reduce((a, b) => ((worst === 'high' ? b.value > a.value : b.value < a.value) ? b : a)));
    }
    return kept;
}
/**
 * A Mermaid xychart of one or two lines (blue, then grey) over the labelled points, and a legend line under it
 * that says in words what each colour is: the table stays the fallback.
 */
function xyChart_xyChart(title, labels, lines, legend) {
    return [
        '```mermaid',
        CHART_INIT,
        'xychart-beta',
        `    title "${title.replace(/["\n]/g, ' ')}"`,
        `    x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
        ...lines.map((values) => `    line [${values.join(', ')}]`),
        '```',
        '',
        `<sub>${escapeHtml(legend)}</sub>`,
        '',
    ];
}

;// CONCATENATED MODULE: ./src/engine/report/comparisonMarkdown.ts




/** "≤ 1.5× baseline (99%)": the limit, and how sure the test must be before it says the canary is past it. */
function comparisonLimit(comparison) {
    return `≤ ${numbers_fmt(comparison.maxIncrease)}× baseline (${numbers_fmt(comparison.confidence * 100)}%)`;
}
/** "errors vs stable: canary 2.4% (36 / 1,500) vs stable 0.30% (45 / 15,000): 8.0x; …, decided at sample 4" */
function comparisonMarkdown_comparisonNote(name, comparison) {
    const decided = comparison.decidedAt === undefined ? '' : `; decided at sample ${comparison.decidedAt}`;
    return `${escapeHtml(name)}: ${escapeHtml(comparison.sentence)}${decided}`;
}
/**
 * Both sides' error rates since the window started, one line each, at every sample at which both had requests: the
 * canary in blue, the baseline in grey, so the gap the test judged is what the eye sees.
 */
function comparisonMarkdown_comparisonChart(gate, comparison) {
    const rate = (side) => Math.min(1, side.errors / side.requests);
    // A side without requests yet has no rate: drawing it as 0 would show a gap that is not there.
    const sampled = gate.samples.flatMap((sample) => sample.canary && sample.baseline && sample.canary.requests > 0 && sample.baseline.requests > 0
        ? [{ label: elapsed(sample.at), value: rate(sample.canary), baseline: rate(sample.baseline) }]
        : []);
    if (sampled.length < 2)
        return [];
    const points = thinned(sampled, 'high');
    const legend = `${gate.name}: blue, ${comparison.canary.name}'s error rate since the window started · grey, ${comparison.baseline.name}'s · across, the time since the run started`;
    return xyChart(gate.name, points.map((point) => point.label), [points.map((point) => fmt(point.value)), points.map((point) => fmt(point.baseline))], legend);
}

;// CONCATENATED MODULE: ./src/engine/report/trafficMarkdown.ts




/**
 * What the action's own requests did: the rate asked and kept, each request's counts and latencies, and each
 * distinct failure once, with the first answer that showed it. Absent without traffic.
 */
function trafficMarkdown_trafficSection(traffic) {
    if (!traffic)
        return [];
    // Each request holds one slot of 1/rate: a schedule kept to the letter reads as exactly the rate asked.
    const slots = traffic.ranMs / 1_000 + 1 / traffic.ratePerSecond;
    const kept = traffic.sent > 0 ? ` (${(traffic.sent / slots).toFixed(1)}/s kept)` : '';
    const dropped = traffic.dropped > 0 ? `, ${traffic.dropped} dropped with ${traffic.maxInFlight} in flight` : '';
    const lines = [
        '**Traffic**',
        '',
        `${traffic.ratePerSecond} requests/s asked${kept}: ${plural(traffic.sent, 'request')} sent over ${formatDuration(traffic.ranMs)}${dropped}; stopped because ${escapeHtml(traffic.stoppedBecause)}. Each carried \`X-Post-Deploy-Check: traffic\`.`,
        '',
        '| Request | Sent | OK | Errors | Dropped | p50 | p95 | Max |',
        '|---|---|---|---|---|---|---|---|',
        ...traffic.requests.map(requestRow),
        '',
    ];
    const failures = traffic.requests.flatMap((request) => request.failures.map((failure) => ({ request: request.name, ...failure })));
    if (failures.length === 0)
        return lines;
    return [
        ...lines,
        '<details><summary>Traffic failures, each once</summary>',
        '',
        ...failures.flatMap((failure) => [
            `- ${escapeHtml(failure.request)}: ${escapeHtml(failure.error)} (${plural(failure.count, 'time')})`,
            ...(failure.response
                ? ['', ...codeBlock(failure.response.bodyExcerpt.split('\n')).map((line) => `  ${line}`), '']
                : []),
        ]),
        '</details>',
        '',
    ];
}
function requestRow(request) {
    const errors = Object.entries(request.errors)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
    const unfinished = request.unfinished > 0 ? ` (${request.unfinished} unfinished)` : '';
    const latency = request.latencyMs;
    const ms = (value) => (value === undefined ? '—' : formatDuration(value));
    return `| ${tableCell(request.name)} | ${request.sent}${unfinished} | ${request.ok} | ${errors || '0'} | ${request.dropped} | ${ms(latency?.p50)} | ${ms(latency?.p95)} | ${ms(latency?.max)} |`;
}

;// CONCATENATED MODULE: ./src/engine/report/monitorMarkdown.ts











/**
 * The monitor window's tables: a row per gate (what a failure block already said is not said again),
 * the queries once and folded, what the metric source warned about, and the unhealthy pods.
 */
function renderMonitor(monitor) {
    const stopped = monitor.stoppedEarly
        ? ` — stopped early: ${escapeHtml(monitor.stoppedEarly)}`
        : monitor.endedEarly
            ? ` — ${escapeHtml(monitor.endedEarly)}`
            : '';
    const lines = [
        '### Monitor',
        '',
        `${formatDuration(monitor.windowMs)} window, a sample every ${formatDuration(monitor.intervalMs)}, ${monitor.failureThreshold} breaching samples in a row fail a gate; ${plural(monitor.samples, 'sample')} taken${stopped}.`,
        '',
        ...windowNotes(monitor),
    ];
    if (monitor.gates.length > 0) {
        // The traffic column only where a gate counts its requests: a query of its own has nothing to show there.
        const counted = monitor.gates.some((gate) => gate.minRequests !== undefined);
        const requestsHead = counted ? ' Requests |' : '';
        lines.push(`| Gate | Limit | Baseline | Last |${requestsHead} Peak | Samples | Outcome |`, `|---|---|---|---|${counted ? '---|' : ''}---|---|---|`);
        for (const gate of monitor.gates) {
            // A comparison's sentence is too long for a cell: it stands under the table.
            const outcome = gate.result !== 'passed'
                ? `${gate.result}: see above`
                : gate.comparison
                    ? 'passed: see below'
                    : tableCell(gate.detail);
            const requests = counted ? ` ${requestsCell(gate)} |` : '';
            lines.push(`| ${tableCell(gate.name)}${gate.source ? ` · ${gate.source}` : ''}${gate.mode ? ` (${gate.mode})` : ''} | ${threshold(gate)} | ${baseline(gate)} | ${value(gate.last)} |${requests} ${value(gate.peak)} | ${counts(gate)} | ${ICON[gate.result]} ${outcome} |`);
        }
        const compared = monitor.gates.flatMap((gate) => gate.comparison ? [`- ${comparisonNote(gate.name, gate.comparison)}`] : []);
        lines.push('', ...(compared.length > 0 ? [...compared, ''] : []), ...sourceWarnings(monitor.gates));
        lines.push(...queriesBlock(monitor.gates), ...trafficSection(monitor.traffic), ...monitor.gates.flatMap(burnRates));
    }
    const pods = monitor.pods;
    if (pods && pods.result !== 'passed' && pods.problems.length > 0) {
        lines.push('**Pods**', '', '| Pod | Container | Reason |', '|---|---|---|', ...pods.problems.map((problem) => `| ${tableCell(problem.pod)} | ${tableCell(problem.container ?? '')} | ${tableCell(problem.reason)} |`), '');
    }
    if (pods?.logExamples && pods.logExamples.length > 0) {
        lines.push('<details><summary>Matching log lines</summary>', '', `<pre>${escapeHtml(pods.logExamples.join('\n'))}</pre>`, '', '</details>', '');
    }
    return lines;
}
/** A chart for each gate that breached or could not judge; the calm ones together, folded. */
function renderCharts(monitor) {
    const troubled = monitor.gates.filter((gate) => gate.counts.breach > 0 || gate.inconclusive || gate.result !== 'passed');
    const calm = monitor.gates.filter((gate) => !troubled.includes(gate));
    const drawn = (gate) => (gate.comparison ? comparisonChart(gate, gate.comparison) : chart(gate));
    const shown = troubled.flatMap(drawn);
    const folded = calm.flatMap(drawn);
    if (shown.length === 0 && folded.length === 0)
        return [];
    const lines = ['### Charts', ''];
    lines.push(...shown);
    if (folded.length > 0) {
        lines.push(`<details><summary>Charts of the ${plural(calm.length, 'gate')} within limits</summary>`, '', ...folded, '</details>', '');
    }
    return lines;
}
/**
 * What the numbers below rest on: the scrape interval the ranges were measured against, what in the setup
 * works badly, and which samples still partly measure the previous version.
 */
function windowNotes(monitor) {
    const notes = [
        ...(monitor.trafficUnchecked ? [`⚠️ ${escapeHtml(monitor.trafficUnchecked)}`] : []),
        ...monitor.gates.flatMap((gate) => gate.rateLimited
            ? [
                `⚠️ ${escapeHtml(gate.name)}: ${plural(gate.rateLimited, 'sample')} rate-limited by the metric source, each counted as an error`,
            ]
            : []),
        ...monitor.gates.flatMap((gate) => (gate.slo ? [escapeHtml(sloNote(gate, gate.slo))] : [])),
        ...(monitor.setupWarnings ?? []).map((warning) => `⚠️ ${escapeHtml(warning)}`),
        ...monitor.gates.flatMap((gate) => {
            const early = gate.samples.filter((sample) => sample.beforeDeploy).length;
            if (early === 0)
                return [];
            const which = early === 1 ? 'sample 1 still includes' : `samples 1-${early} still include`;
            return [
                `${escapeHtml(gate.name)}: ${which} traffic from before the deploy (its range reaches back past the window's start)`,
            ];
        }),
    ];
    const scrape = monitor.scrapeInterval
        ? [`Scrape interval ${escapeHtml(describeScrapeInterval(monitor.scrapeInterval))}.`, '']
        : [];
    return [...scrape, ...(notes.length > 0 ? [...notes.map((note) => `- ${note}`), ''] : [])];
}
/** "slo-burn-rate: SLO 99.9% over 30d; burn 0.4× over 5m and 0.3× over 3m at the last sample; this release used …" */
function sloNote(gate, slo) {
    const last = gate.samples.findLast((sample) => sample.shortBurn !== undefined);
    const burn = last?.shortBurn !== undefined && last.value !== undefined && last.burnWindowMs !== undefined
        ? `; burn ${fmt(last.shortBurn)}× over the short window and ${fmt(last.value)}× over ${formatDuration(last.burnWindowMs)} at the last sample`
        : '; no sample measured a burn rate';
    const budget = slo.budgetSentence ? `; ${slo.budgetSentence}` : '';
    return `${gate.name}: SLO ${slo.objectivePercent}% over ${formatDuration(slo.periodMs)}${burn}${budget}`;
}
/** The burn-rate gate's samples, both windows and the budget spent so far, folded: the chart draws only the long one. */
function burnRates(gate) {
    const measured = gate.samples.filter((sample) => sample.shortBurn !== undefined);
    if (!gate.slo || measured.length === 0)
        return [];
    return [
        `<details><summary>${escapeHtml(gate.name)}: burn rate per sample</summary>`,
        '',
        '| Since the start | Short window | Window so far | Budget used |',
        '|---|---|---|---|',
        ...measured.map((sample) => `| ${elapsed(sample.at)} | ${fmt(sample.shortBurn ?? 0)}× | ${fmt(sample.value ?? 0)}× over ${formatDuration(sample.burnWindowMs ?? 0)} | ${(sample.budgetUsed ?? 0).toFixed(2)}% |`),
        '',
        '</details>',
        '',
    ];
}
const MAX_WARNINGS_PER_GATE = 5;
/** What the metric source said about its own answers (partial data, a series limit): a reader must see a gate judged them. */
function sourceWarnings(gates) {
    const warned = gates.filter((gate) => gate.warnings.length > 0);
    if (warned.length === 0)
        return [];
    const items = warned.flatMap((gate) => {
        const more = gate.warnings.length - MAX_WARNINGS_PER_GATE;
        return [
            ...gate.warnings
                .slice(0, MAX_WARNINGS_PER_GATE)
                .map((warning) => `- ${escapeHtml(gate.name)}: ${tableCell(warning)}`),
            ...(more > 0 ? [`- ${escapeHtml(gate.name)}: … and ${more} more (the JSON report has every one)`] : []),
        ];
    });
    return ['⚠️ **The metric source warned about the data these gates judged:**', '', ...items, ''];
}
function threshold(gate) {
    const { max, min, maxRatio, maxP95Ms } = gate.limits;
    if (gate.slo && max !== undefined)
        return `≤ ${numbers_fmt(max)}× burn, both windows`;
    if (gate.comparison)
        return comparisonLimit(gate.comparison);
    return ([
        max !== undefined && `≤ ${numbers_fmt(max)}`,
        min !== undefined && `≥ ${numbers_fmt(min)}`,
        maxRatio !== undefined && `≤ ${numbers_fmt(maxRatio)}× baseline`,
        maxP95Ms !== undefined && `p95 ≤ ${(0,duration/* formatDuration */.a3)(maxP95Ms)}`,
    ]
        .filter(Boolean)
        .join(', ') || '—');
}
/** Every gate's query once, folded, to paste into its source; the traffic gate sends requests, not a query. */
function queriesBlock(gates) {
    const queried = gates.filter((gate) => !gate.ownTraffic);
    if (queried.length === 0)
        return [];
    const elsewhere = queried.some((gate) => gate.source !== undefined);
    return [
        `<details><summary>Queries, to paste into ${elsewhere ? 'their sources' : 'Prometheus'}</summary>`,
        '',
        ...queried.flatMap((gate) => [
            `${escapeHtml(gate.name)}${gate.source ? ` (${gate.source})` : ''}:`,
            '',
            // Only PromQL is known to ignore line breaks; another source's query stays on one line.
            ...(gate.source ? codeBlock([gate.query]) : codeBlock(wrapQuery(gate.query), 'promql')),
            '',
        ]),
        '</details>',
        '',
    ];
}
/** "842 (min 100)": the last sample's requests against the least a sample must cover. */
function requestsCell(gate) {
    if (gate.minRequests === undefined)
        return '—';
    const last = gate.requests === undefined ? '—' : String(gate.requests);
    return gate.minRequests > 0 ? `${last} (min ${gate.minRequests})` : last;
}
function baseline(gate) {
    if (gate.baseline !== undefined)
        return fmt(gate.baseline);
    return gate.baselineNote ? tableCell(gate.baselineNote) : '—';
}
const value = (n) => (n === undefined ? '—' : numbers_fmt(n));
function counts(gate) {
    const { ok, breach, error } = gate.counts;
    const parts = [
        `${ok} ok`,
        breach > 0 && `${breach} breach`,
        gate.counts['no-data'] > 0 && `${gate.counts['no-data']} no data`,
        error > 0 && `${error} error`,
    ];
    return parts.filter(Boolean).join(' · ');
}
/**
 * A Mermaid chart of the samples that had a value against the absolute limit, the x-axis in time
 * since the run started.
 */
function chart(gate) {
    const sampled = gate.samples.flatMap((sample) => sample.value === undefined ? [] : [{ label: elapsed(sample.at), value: sample.value }]);
    if (sampled.length < 2)
        return [];
    const points = thinned(sampled, gate.limits.max === undefined && gate.limits.min !== undefined ? 'low' : 'high');
    const limit = gate.limits.max ?? gate.limits.min;
    const lines = [points.map((point) => fmt(point.value))];
    if (limit !== undefined)
        lines.push(points.map(() => fmt(limit)));
    const legend = [
        `${gate.name}: blue, the value of each sample`,
        limit !== undefined ? ` · grey, the limit ${gate.limits.max !== undefined ? '≤' : '≥'} ${fmt(limit)}` : '',
        ' · across, the time since the run started',
    ].join('');
    return xyChart(gate.name, points.map((point) => point.label), lines, legend);
}

;// CONCATENATED MODULE: ./src/engine/report/rollbackMarkdown.ts




/** What was done about a failed release: revisions, the tool's words, what a person must still do, when. */
function renderRollback(rollback, timeline) {
    const lines = ['### Rollback', '', `**${OUTCOME[rollback.outcome]}** — ${escapeHtml(rollback.message)}`, ''];
    if (rollback.to && rollback.from)
        lines.push(`From ${revision(rollback.from)} to ${revision(rollback.to)}.`, '');
    else if (rollback.to)
        lines.push(`To ${revision(rollback.to)}.`, '');
    else if (rollback.from)
        lines.push(`Running ${revision(rollback.from)}; there is no earlier revision.`, '');
    if (rollback.gitOps) {
        lines.push(`> **${escapeHtml(rollback.gitOps)} manages this ${rollback.method === 'helm' ? 'Helm release' : 'Deployment'}.** The undo restores service now, but the controller may re-apply the bad revision at its next sync. The lasting fix: revert the change in Git.`, '');
    }
    if (rollback.output && rollback.output.length > 0)
        lines.push(`The rollback command's last ${plural(rollback.output.length, 'line')}:`, '', ...codeBlock(rollback.output), '');
    if (rollback.required)
        lines.push('Run by hand:', '', ...codeBlock(rollback.manualSteps, 'sh'), '');
    if (rollback.rechecks && rollback.rechecks.length > 0) {
        lines.push('Smoke checks after the rollback:', '', '| Check | Result | Detail |', '|---|---|---|');
        lines.push(...rollback.rechecks.map((check) => `| ${tableCell(check.name)} | ${check.result} | ${tableCell(check.detail)} |`), '');
    }
    const events = [
        ['step started', timeline.started],
        ['failure detected', timeline.failureDetected],
        ['rollback started', timeline.rollbackStarted],
        ['rollback completed', timeline.rollbackCompleted],
    ];
    const start = Date.parse(timeline.started);
    lines.push('| Timeline | UTC | Since the start |', '|---|---|---|', ...events.flatMap(([what, at]) => at ? [`| ${what} | ${clockTime(at)} | ${elapsed(Date.parse(at) - start)} |`] : []), '');
    return lines;
}
const OUTCOME = {
    'rolled-back': 'Rolled back',
    failed: 'ROLLBACK FAILED',
    'not-rolled-back': 'Not rolled back',
    manual: 'Rollback needed: manual',
    off: 'Rollback needed: rollback is off',
    'dry-run': 'Dry run: nothing was undone',
};
function revision(info) {
    if (!info)
        return 'no revision';
    const helm = [
        info.chart && `chart ${inlineCode(info.chart)}`,
        info.appVersion && `app ${inlineCode(info.appVersion)}`,
    ];
    const what = [...info.images.map(inlineCode), ...helm.filter((part) => typeof part === 'string')];
    return `revision ${info.revision}${what.length > 0 ? ` (${what.join(', ')})` : ''}`;
}

;// CONCATENATED MODULE: ./src/engine/report/pullRequestComment.ts






/**
 * GitHub refuses a comment over 65,536 characters. Blocks are measured in UTF-8 bytes, never fewer than
 * characters, and the lines that say what was left out need room of their own.
 */
const COMMENT_BYTES = 64_000;
const MAX_REASONS = 10;
/**
 * The pull request's comment: the verdict a reviewer sees without opening the run. The headline, why, what
 * to do about each failed check, every gate's last value against its limit, the rollback, and the way to the
 * run's summary, which has the rest. Everything from the network is escaped as in the summary.
 */
function renderPullRequestComment(report, marker) {
    const head = [
        marker,
        `### ${headline(report)} — ${(0,report_escape/* escapeHtml */.ZD)(report.service)} in ${(0,report_escape/* escapeHtml */.ZD)(report.environment)}`,
        '',
        metaLine(report),
        '',
        ...(report.dryRun ? ['_Dry run: checks ran; no action was taken._', ''] : []),
    ];
    const rollback = report.rollback ? rollbackLine(report.rollback) : [];
    const tail = [
        ...rollback,
        moreLine(report),
        '',
        `<sub>${(0,report_escape/* escapeHtml */.ZD)(report.tool.name)} ${(0,report_escape/* escapeHtml */.ZD)(report.tool.version)} · ${report.finishedAt}</sub>`,
    ];
    const gates = report.monitor?.gates ?? [];
    const troubled = report.checks.filter((check) => check.result !== 'passed');
    const fixed = byteLength([...head, ...GATES_HEADER, ...FAILED_HEADER, ...tail]);
    // The rollback's own line says what it did.
    const all = report.verdict.reasons.filter((reason) => !(report.rollback && reason.startsWith('rollback ')));
    const reasons = all.slice(0, MAX_REASONS).map((reason) => [`- ${(0,report_escape/* tableCell */.xR)(reason)}`]);
    const more = all.length - reasons.length;
    const why = takeWhileFits(more > 0 ? [...reasons, [`- … and ${more} more`]] : reasons, COMMENT_BYTES - fixed, (count) => `- … and ${count} more`);
    const failed = takeWhileFits(troubled.map((check) => [failedRow(check)]), COMMENT_BYTES - fixed - why.bytes, (count) => `_… and ${count} more: the run's summary has every one._`);
    const gateRows = takeWhileFits(gates.map((gate) => [gateRow(gate)]), COMMENT_BYTES - fixed - why.bytes - failed.bytes, (count) => `_… and ${count} more gates: the run's summary has every one._`);
    return [
        ...head,
        ...(why.lines.length > 0 ? ['**Why**', '', ...why.lines, ''] : []),
        ...(troubled.length > 0 ? [...FAILED_HEADER, ...failed.lines, ''] : []),
        ...(gates.length > 0 ? [...GATES_HEADER, ...gateRows.lines, ''] : []),
        ...tail,
    ].join('\n');
}
const FAILED_HEADER = ['**Checks that did not pass**', '', '| Check | Result | Next step |', '|---|---|---|'];
const GATES_HEADER = ['**Gates**', '', '| Gate | Limit | Last | Samples | Outcome |', '|---|---|---|---|---|'];
/** What was seen is in the why list above; the row says what to do about it. */
function failedRow(check) {
    const optional = check.required ? '' : ' (optional)';
    const next = check.analysis ? (0,report_escape/* tableCell */.xR)(check.analysis.nextStep) : '—';
    return `| ${(0,report_escape/* tableCell */.xR)(check.name)} | ${failureMarkdown_ICON[check.result]} ${check.result}${optional} | ${next} |`;
}
function gateRow(gate) {
    const mode = gate.mode ? ` (${gate.mode})` : '';
    return `| ${(0,report_escape/* tableCell */.xR)(gate.name)}${mode} | ${threshold(gate)} | ${value(gate.last)} | ${counts(gate)} | ${failureMarkdown_ICON[gate.result]} ${gate.result} |`;
}
function rollbackLine(rollback) {
    return [`**Rollback:** ${OUTCOME[rollback.outcome]} — ${(0,report_escape/* tableCell */.xR)(rollback.message)}`, ''];
}
/** The summary holds every response, query and chart; outside a workflow run, the JSON report does. */
function moreLine(report) {
    return report.context.runUrl
        ? `Every response, query and chart: [the run's summary](${report.context.runUrl}).`
        : 'Every response, query and chart: the job summary and the JSON report.';
}

;// CONCATENATED MODULE: ./src/engine/phases/commentOnPullRequest.ts





/**
 * Puts the verdict on the pull request: finds this service's comment in this environment by its marker and
 * updates it, or creates it. Like the deployment statuses it is best effort: a failure is a warning naming
 * what to fix, never a change of verdict.
 */
async function commentOnPullRequest(run, comments, report) {
    const { plan, deps, startedAt } = run;
    const comment = plan.pullRequestComment;
    if (!comment)
        return undefined;
    const { when } = comment;
    const number = comment.number ?? deps.context.pullRequest;
    const ended = (action, detail, url) => ({
        when,
        ...(number !== undefined ? { pullRequest: number } : {}),
        action,
        ...(url ? { url } : {}),
        detail: deps.redact(detail),
    });
    if (number === undefined) {
        // A workflow that runs on push and on pull requests alike: nothing to comment on is no fault.
        const detail = 'no pull request: the event is not about one and pr-number is not set';
        deps.logger.info(`Pull-request comment: ${detail}`);
        return ended('skipped', detail);
    }
    const marker = commentMarker(plan.service, plan.environment);
    const body = deps.redact(renderPullRequestComment(report, marker));
    const result = report.verdict.result;
    if (plan.dryRun) {
        // Nothing is read in a dry run, so whether a comment is there stays unknown.
        const would = commentAction(when, result, false) === 'create' ? 'create or update' : 'update, if one is there,';
        const detail = `dry run: would ${would} the comment on pull request #${number}`;
        deps.logger.info(detail);
        return ended('dry-run', detail);
    }
    const warn = (what, error) => {
        const permission = error instanceof ports/* TrackerError */.BT && error.permission ? `; give the job's token ${error.permission}` : '';
        const detail = deps.redact(`${what}: ${(0,errors/* messageOf */.b)(error)}${permission}`);
        deps.logger.warning(`Pull-request comment: ${detail}`);
        return ended('failed', detail);
    };
    if (!comments)
        return warn('nothing sent', new Error('the repository is unknown: GITHUB_REPOSITORY is not set'));
    const signalFor = () => noticeSignal(startedAt + plan.timeoutMs - deps.clock.now(), deps.signal);
    let existing;
    try {
        existing = await comments.find(number, marker, signalFor());
    }
    catch (error) {
        return warn(`pull request #${number}'s comments not read`, error);
    }
    const action = commentAction(when, result, existing !== undefined);
    if (action === 'skip')
        return ended('skipped', `${result}: pr-comment is on-failure and no earlier comment is there`);
    try {
        const posted = existing
            ? await comments.update(existing.id, body, signalFor())
            : await comments.create(number, body, signalFor());
        const done = existing ? 'updated' : 'created';
        deps.logger.info(`Pull-request comment ${done}: ${posted.url}`);
        return ended(done, `comment ${posted.id} ${done} on pull request #${number}`, posted.url);
    }
    catch (error) {
        return warn(existing ? `comment ${existing.id} not updated` : `no comment created on pull request #${number}`, error);
    }
}

;// CONCATENATED MODULE: ./src/engine/rollback/rollback.ts


/** The words for the undo in a message: what ran, or would have. */
const UNDO_NAMES = { kubectl: 'kubectl rollout undo', helm: 'helm rollback', command: 'the rollback command' };
/**
 * Rolls back once: read the history, undo, wait until the release is available, check again. Every way this
 * can fall short is reported as such: a rollback that did not happen, or that left the service failing, is
 * never shown as one.
 */
async function rollBack(plan, deps) {
    // A person must act unless the release was rolled back; `attempted` says whether the undo ran at all.
    const end = (ending) => ({
        mode: plan.mode,
        method: plan.method,
        command: plan.undoCommand,
        manualSteps: plan.manualSteps,
        required: ending.outcome !== 'rolled-back',
        rolledBack: ending.outcome === 'rolled-back',
        attempted: false,
        ...ending,
    });
    const undoName = UNDO_NAMES[plan.method];
    if (plan.mode === 'off')
        return end({ outcome: 'off', message: 'rollback is off: nothing was undone' });
    if (plan.mode === 'manual') {
        return end({
            outcome: 'manual',
            message: 'rollback is manual: approve the rollback job, or run the command below',
        });
    }
    if (deps.dryRun) {
        const commands = [plan.undoCommand, ...(plan.statusCommand ? [plan.statusCommand] : [])];
        commands.forEach((command) => deps.logger.info(deps.redact(`dry-run: would run ${command}`)));
        return end({ outcome: 'dry-run', message: `dry run: would run ${commands.join(', then ')}` });
    }
    let preview;
    if (deps.rollbacker.preview) {
        try {
            preview = await deps.rollbacker.preview(plan.toRevision, deps.signal);
        }
        catch (error) {
            return end({ outcome: 'failed', message: `could not read the history of ${plan.subject}: ${(0,errors/* messageOf */.b)(error)}` });
        }
    }
    const known = {
        ...(preview?.current ? { from: preview.current } : {}),
        ...(preview?.target ? { to: preview.target } : {}),
        ...(preview?.gitOps ? { gitOps: preview.gitOps } : {}),
    };
    if (preview && !preview.target) {
        // Not a failed rollback: there was never one to make, and the undo would fail the same way.
        return end({
            ...known,
            outcome: 'not-rolled-back',
            message: `${plan.subject} has no earlier revision to roll back to: nothing was undone; deploy a fixed version, or take it out of service`,
            manualSteps: plan.noEarlierSteps,
        });
    }
    if (deps.signal.aborted) {
        return end({
            ...known,
            outcome: 'not-rolled-back',
            message: `the step was cancelled before ${undoName}: nothing was undone`,
        });
    }
    deps.logger.info(deps.redact(`running ${plan.undoCommand}`));
    let undone;
    try {
        // Once started, the undo runs to its end (bounded by rollback-timeout): a cancel must not leave it unknown
        // whether it happened, so only the waiting after it stops.
        undone = await deps.rollbacker.undo(plan.toRevision, new AbortController().signal, {
            ...deps.context,
            timeoutMs: plan.timeoutMs,
        });
    }
    catch (error) {
        const output = error instanceof ports/* RollbackError */.ZS && error.output ? { output: error.output } : {};
        return end({ ...known, ...output, attempted: true, outcome: 'failed', message: (0,errors/* messageOf */.b)(error) });
    }
    deps.logger.info(deps.redact(undone.message));
    const ran = {
        ...known,
        ...(undone.restored ? { to: undone.restored } : {}),
        ...(undone.output ? { output: undone.output } : {}),
        attempted: true,
    };
    if (!undone.rolledBack)
        return end({ ...ran, outcome: 'not-rolled-back', message: undone.message });
    const status = deps.rollbacker.confirm
        ? await deps.rollbacker
            .confirm(plan.timeoutMs, deps.signal, preview)
            .catch((error) => ({ complete: false, message: (0,errors/* messageOf */.b)(error) }))
        : undefined;
    // The undo happened; only its confirmation was cut short, which is no reason to cry ROLLBACK FAILED.
    if (status && !status.complete && deps.signal.aborted) {
        const check = plan.statusCommand ? `: run ${plan.statusCommand}` : '';
        return end({
            ...ran,
            outcome: 'rolled-back',
            message: `${undone.message}; the step was cancelled before the rollback was confirmed${check}`,
        });
    }
    if (status && !status.complete) {
        return end({
            ...ran,
            outcome: 'failed',
            rolledBack: true,
            message: `rolled back, but not available within the rollback timeout: ${status.message}`,
        });
    }
    const rechecks = await deps.recheck();
    const stillFailing = rechecks.filter((check) => check.result === 'failed');
    const confirmed = status ? `${undone.message}; ${status.message}` : undone.message;
    if (stillFailing.length > 0) {
        const done = plan.method === 'command' ? 'the command succeeded' : 'rolled back';
        return end({
            ...ran,
            outcome: 'failed',
            rolledBack: true,
            rechecks,
            message: `${done} but the service still fails ${stillFailing.map((check) => `${check.name} (${check.detail})`).join(', ')}`,
        });
    }
    return end({ ...ran, outcome: 'rolled-back', message: confirmed, rechecks });
}

;// CONCATENATED MODULE: ./src/engine/phases/rollBackRelease.ts



/** Rolls back when the plan can and the provider is there; undefined when nothing could be rolled back. */
async function rollBackRelease(run, { checked, verdict }) {
    const { plan, deps, checkContext, announce } = run;
    const { rollbacker } = deps;
    if (!plan.rollback || !rollbacker)
        return undefined;
    // The approval job's `command: rollback` is the approval: it rolls back whatever `rollback` says for checks.
    const rollbackPlan = plan.command === 'rollback' ? { ...plan.rollback, mode: 'auto' } : plan.rollback;
    // The run's own signal: cancellation stops the rollback's waiting, but the deadline of the checks does not.
    const signal = deps.signal ?? new AbortController().signal;
    const required = plan.httpChecks.filter((check) => check.required).map(plannedHttp);
    const failedChecks = checked.checks.filter((check) => check.result === 'failed').map((check) => check.name);
    return deps.logger.group('Rollback', () => rollBack(rollbackPlan, {
        rollbacker,
        logger: deps.logger,
        redact: deps.redact,
        signal,
        dryRun: plan.dryRun,
        context: {
            result: verdict.result,
            failedChecks,
            reportSoFar: {
                tool: deps.tool,
                service: plan.service,
                environment: plan.environment,
                version: plan.version,
                verdict,
                checks: checked.checks,
                ...(checked.monitor ? { monitor: checked.monitor } : {}),
            },
        },
        recheck: () => mapConcurrent(required, plan.concurrency, async (check) => announce(await runCheck(check, { ...checkContext, signal }))),
    }));
}

;// CONCATENATED MODULE: ./src/engine/phases/state.ts

function startRun(plan, deps) {
    const startedAt = deps.clock.now();
    const deadline = AbortSignal.timeout(plan.timeoutMs);
    const signal = deps.signal ? AbortSignal.any([deps.signal, deadline]) : deadline;
    return {
        plan,
        deps,
        startedAt,
        deadline,
        signal,
        checkContext: {
            clock: deps.clock,
            redact: deps.redact,
            signal,
            runStartedAt: startedAt,
            service: plan.service,
            prober: deps.prober,
            dependencyProbes: deps.dependencyProbes,
            kubernetes: plan.kubernetes,
            cluster: deps.cluster,
            onSecret: deps.onSecret,
        },
        announce: (outcome) => {
            deps.logger.info(deps.redact(progressLine(outcome)));
            return outcome;
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/report/model.ts
// The one object every renderer reads: the JSON report, the job summary, the terminal text and the outputs.
const REPORT_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/engine/report/assemble.ts


/** The one Report every renderer reads, with secrets masked in every string of it. */
function assembleReport(plan, deps, outcome, times) {
    const { checked, rollback, notices } = outcome;
    const at = (time) => new Date(time).toISOString();
    // Checks mask what they print; this pass makes the report safe even for text they did not expect.
    return (0,engine_secrets/* redactDeep */.KL)({
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: deps.tool,
        service: plan.service,
        environment: plan.environment,
        version: plan.version,
        // Without a version check, the version we were told is the best we know; with one, only what answered.
        deployedVersion: plan.versionCheck ? checked.deployedVersion : plan.version,
        dryRun: plan.dryRun,
        startedAt: at(times.startedAt),
        finishedAt: at(times.finishedAt),
        durationMs: times.finishedAt - times.startedAt,
        timedOut: outcome.timedOut,
        context: deps.context,
        command: plan.command,
        verdict: outcome.verdict,
        ...(plan.runbookUrl ? { runbookUrl: plan.runbookUrl } : {}),
        ...(checked.monitor ? { monitor: checked.monitor } : {}),
        ...(rollback ? { rollback } : {}),
        ...(plan.rollback ? { rollbackCommand: plan.rollback.undoCommand } : {}),
        rollbackNeeded: outcome.rollbackWanted,
        timeline: {
            started: at(times.startedAt),
            ...(outcome.checkVerdict.result === 'failed' && plan.command === 'check'
                ? { failureDetected: at(times.checkedAt) }
                : {}),
            // Only when the undo ran: a rollback that never started has no place in the timeline.
            ...(rollback?.attempted
                ? { rollbackStarted: at(times.rollbackStartedAt), rollbackCompleted: at(times.rollbackFinishedAt) }
                : {}),
        },
        summary: outcome.summary,
        checks: checked.checks,
        ...(notices ? { notices } : {}),
        ...(outcome.githubDeployment ? { githubDeployment: outcome.githubDeployment } : {}),
        ...(outcome.pullRequestComment ? { pullRequestComment: outcome.pullRequestComment } : {}),
    }, deps.redact);
}

;// CONCATENATED MODULE: ./src/engine/report/planLines.ts









/** What will run, with every URL resolved: a reader can repeat any check by hand. */
function planLines(plan) {
    if (plan.command === 'rollback')
        return rollbackJobLines(plan);
    const lines = [
        `${plan.service}${plan.version ? ` ${shortSha(plan.version)}` : ''} in ${plan.environment}${plan.dryRun ? ' (dry run: no action will be taken)' : ''}`,
    ];
    for (const check of plan.httpChecks) {
        const retries = check.retries === 1 ? '1 retry' : `${check.retries} retries`;
        lines.push(`${check.name}: ${check.request.method} ${(0,engine_secrets/* redactUrl */.BO)(check.request.url)} (timeout ${(0,duration/* formatDuration */.a3)(check.timeoutMs)}, ${retries}${check.required ? '' : ', optional'})`);
    }
    for (const dependency of plan.dependencies) {
        lines.push(`${dependency.name}: ${dependency.target.type} ${(0,engine_secrets/* redactUrl */.BO)(dependency.target.url)} (timeout ${(0,duration/* formatDuration */.a3)(dependency.target.timeoutMs)}${dependency.required ? '' : ', optional'})`);
    }
    for (const flow of plan.flows) {
        lines.push(`${flow.name}: ${flow.steps.map((step) => `${step.request.method} ${(0,engine_secrets/* redactUrl */.BO)(step.request.url)}`).join(' → ')} (timeout ${(0,duration/* formatDuration */.a3)(flow.timeoutMs)})`);
    }
    if (plan.versionCheck) {
        const { url, field, expected, timeoutMs } = plan.versionCheck;
        lines.push(`${plan.versionCheck.name}: poll ${(0,engine_secrets/* redactUrl */.BO)(url)} until "${field}" reports ${shortSha(expected)} ${REQUIRED_STREAK} times in a row (up to ${(0,duration/* formatDuration */.a3)(timeoutMs)})`);
    }
    if (plan.kubernetes) {
        const { rolloutTimeoutMs } = plan.kubernetes;
        lines.push(`${kubectlTarget(plan.kubernetes)}${rolloutTimeoutMs > 0 ? `: wait up to ${(0,duration/* formatDuration */.a3)(rolloutTimeoutMs)} for its rollout` : ''}`);
    }
    if (plan.monitor) {
        const { windowMs, intervalMs, delayMs, failureThreshold, successThreshold, gates } = plan.monitor;
        lines.push(`monitor ${(0,duration/* formatDuration */.a3)(windowMs)}, a sample every ${(0,duration/* formatDuration */.a3)(intervalMs)}${delayMs > 0 ? ` after ${(0,duration/* formatDuration */.a3)(delayMs)}` : ''}; ${failureThreshold} breaches in a row fail a gate${successThreshold ? `; ${successThreshold} healthy samples in a row pass early` : ''}`);
        const range = scrapeRange(plan.monitor);
        if (gates.some(readsPrometheus))
            lines.push(range.line);
        const filled = (query) => fillPlaceholders(query, range.value ? { range: range.value } : {});
        for (const gate of gates) {
            if (gate.slo) {
                lines.push(sloLine(gate.slo, gate.max ?? 0));
                continue;
            }
            if (gate.compare) {
                lines.push(comparisonLine(gate, gate.compare));
                continue;
            }
            if (gate.monitorTags !== undefined) {
                lines.push(`gate ${gate.name}: the Datadog monitors tagged ${gate.monitorTags}`);
                continue;
            }
            const trust = [
                gate.source,
                gate.lookbackMs !== undefined ? `lookback ${(0,duration/* formatDuration */.a3)(gate.lookbackMs)}` : undefined,
                gate.mode && gate.mode !== 'enforce' ? gate.mode : undefined,
                gate.minDelta ? `min-delta ${gate.minDelta}` : undefined,
            ].filter(Boolean);
            const traffic = gate.traffic
                ? `; requests: ${filled(gate.traffic.query)}${gate.traffic.minRequests > 0 ? `, at least ${gate.traffic.minRequests} a sample` : ''}`
                : '';
            lines.push(`gate ${gate.name}${trust.length > 0 ? ` (${trust.join(', ')})` : ''}: ${filled(gate.query)}${traffic}`);
        }
        if (plan.monitor.trafficUnchecked)
            lines.push(plan.monitor.trafficUnchecked);
        if (plan.monitor.traffic)
            lines.push(trafficLine(plan.monitor.traffic, windowMs));
    }
    if (plan.github)
        lines.push(githubLine(plan.github, plan.environment));
    if (plan.pullRequestComment)
        lines.push(commentLine(plan.pullRequestComment));
    lines.push(`time limit ${(0,duration/* formatDuration */.a3)(plan.timeoutMs)}`);
    return lines;
}
/** What the run will record on GitHub: a dry run prints the same and sends nothing. */
function githubLine(github, environment) {
    const statuses = 'status in_progress now, success, failure or error at the end';
    return github.mode === 'create'
        ? `GitHub deployment: create one for ${environment} at the commit; ${statuses}`
        : `GitHub deployment ${github.deploymentId}: ${statuses}`;
}
/** Where the verdict goes on a pull request, and when. */
function commentLine(comment) {
    const where = comment.number !== undefined ? `pull request #${comment.number}` : "the event's pull request";
    const when = comment.when === 'always'
        ? 'created or updated at the end of every run'
        : 'created by a failure; one already there is updated at the end of every run';
    return `pull-request comment on ${where}: ${when}`;
}
/** The burn-rate gate: its objective and limits in words, then its two queries, `{{range}}` each sample's window. */
function sloLine(slo, maxBurn) {
    const objective = `${slo.objectivePercent}% over ${(0,duration/* formatDuration */.a3)(slo.periodMs)}`;
    const limits = `fails above ${maxBurn}× in both ${(0,duration/* formatDuration */.a3)(slo.shortWindowMs)} and the window so far, warns above ${slo.warnBurn}×`;
    const least = slo.minRequests > 0 ? `, at least ${slo.minRequests} requests in ${(0,duration/* formatDuration */.a3)(slo.shortWindowMs)}` : '';
    return `gate ${SLO_GATE_NAME} (SLO ${objective}; ${limits}${least}): errors ${slo.errorsQuery}; requests ${slo.requestsQuery}`;
}
/**
 * A comparison in words: which sides, the limit and the confidence, how many errors it needs, then its two
 * queries as written: `{{side}}` is each side's value and `{{range}}` the time since the window started.
 */
function comparisonLine({ name, mode, source }, compare) {
    const sides = 'side' in compare.baseline
        ? `${compare.canary} vs ${compare.baseline.side}`
        : `${compare.canary} vs the same queries ${(0,duration/* formatDuration */.a3)(compare.baseline.beforeMs)} before (baseline: before)`;
    const rules = `fails when ${compare.canary}'s error rate is shown above ${compare.maxIncrease}× the baseline's with ${Number((compare.confidence * 100).toPrecision(12))}% confidence, from ${compare.minEvents} errors on both sides together`;
    const held = [source, mode && mode !== 'enforce' ? mode : undefined].filter(Boolean).map((word) => `${word}; `);
    return `compare ${name} (${held.join('')}${sides}; ${rules}): errors ${compare.errorsQuery}; requests ${compare.requestsQuery}`;
}
const RANGE_RULE = '4 × scrape interval, at least monitor-interval';
/**
 * The scrape interval the gates' ranges will be measured against and what `{{range}}` becomes: known now when
 * scrape-interval is given, otherwise only once the window begins and Prometheus is asked.
 */
function scrapeRange(monitor) {
    // A comparison's {{range}} is the time since the window started, not made from the scrape interval.
    const usesRange = monitor.gates.some((gate) => !gate.compare && placeholdersIn(gate.query).includes('range'));
    if (monitor.scrapeIntervalMs === undefined) {
        const line = `scrape interval: read from Prometheus when the window begins (${(0,duration/* formatDuration */.a3)(DEFAULT_SCRAPE_INTERVAL_MS)} if it cannot be read)`;
        return { line: usesRange ? `${line}; {{range}} = ${RANGE_RULE}` : line };
    }
    const value = rangeFor({ ms: monitor.scrapeIntervalMs, source: 'input' }, monitor.intervalMs);
    const line = `scrape interval ${(0,duration/* formatDuration */.a3)(monitor.scrapeIntervalMs)} (scrape-interval)`;
    return { line: usesRange ? `${line}; {{range}} = ${value} (${RANGE_RULE})` : line, value };
}
/** The approval job runs no rollout wait, no checks first and no monitor: only what it will do. */
function rollbackJobLines(plan) {
    const head = `${plan.service} in ${plan.environment}: roll back by approval${plan.dryRun ? ' (dry run: no action will be taken)' : ''}`;
    if (!plan.rollback)
        return [head, 'nothing to roll back with: set kube-deployment, or rollback-with: helm or command'];
    const required = plan.httpChecks.filter((check) => check.required);
    return [
        head,
        plan.rollback.undoCommand,
        ...(plan.rollback.statusCommand ? [plan.rollback.statusCommand] : []),
        ...(required.length > 0
            ? [`then ${required.length === 1 ? 'the required check' : `the ${required.length} required checks`} again`]
            : []),
        `time limit ${(0,duration/* formatDuration */.a3)(plan.timeoutMs)}`,
    ];
}

;// CONCATENATED MODULE: ./src/engine/report/summaryLine.ts


/** "failed: shop-api 4f2a9c1 in production — 1 of 3 checks failed: /ready (status 503, expected 2xx) — 2.1s" */
function summaryLine(input) {
    const subject = `${input.service}${input.version ? ` ${shortSha(input.version)}` : ''} in ${input.environment}`;
    const total = input.checks.length;
    const failed = input.checks.filter((check) => check.result === 'failed');
    const optional = input.checks.filter((check) => check.result === 'warning' && !check.required);
    // A required check that only warns is a gate or the pods that could not judge: inconclusive, not optional.
    const inconclusive = input.checks.filter((check) => check.result === 'warning' && check.required);
    const parts = [];
    if (failed.length > 0)
        parts.push(`${failed.length} of ${total} ${noun(total)} failed: ${listed(failed)}`);
    if (inconclusive.length > 0)
        parts.push(`${inconclusive.length} ${noun(inconclusive.length)} inconclusive: ${listed(inconclusive)}`);
    if (optional.length > 0)
        parts.push(`${optional.length} optional ${noun(optional.length)} failed: ${listed(optional)}`);
    const body = parts.length > 0 ? parts.join('; ') : `${total === 1 ? 'the' : `all ${total}`} ${noun(total)} passed`;
    const limit = input.timedOut ? ' — stopped at the time limit' : '';
    const rollback = input.rollback ? ` — ${rollbackPhrase(input.rollback)}` : '';
    const text = input.checks.length === 0 && input.result === 'cancelled'
        ? `cancelled: ${subject} — stopped before anything was done`
        : input.checks.length === 0 && input.rollback
            ? `${input.result}: ${subject}${rollback}`
            : `${input.result}: ${subject} — ${body}${limit}${rollback}`;
    return `${text} — ${(0,duration/* formatDuration */.a3)(input.durationMs)}`.replace(/\s+/g, ' ');
}
const noun = (count) => (count === 1 ? 'check' : 'checks');
function listed(checks) {
    const named = checks
        .slice(0, 3)
        .map((check) => `${check.name} (${check.detail})`)
        .join(', ');
    return checks.length > 3 ? `${named} and ${checks.length - 3} more` : named;
}
/** "rolled back to revision 2", "ROLLBACK FAILED: …", "rollback needed (manual)". */
function rollbackPhrase(rollback) {
    switch (rollback.outcome) {
        case 'rolled-back':
            return `rolled back${rollback.to ? ` to revision ${rollback.to.revision}` : ''}`;
        case 'failed':
            return `ROLLBACK FAILED: ${rollback.message}`;
        case 'not-rolled-back':
            return `not rolled back: ${rollback.message}`;
        default:
            return `rollback needed (${rollback.outcome})`;
    }
}

;// CONCATENATED MODULE: ./src/engine/verdict.ts
/**
 * Cancelled when the runner stopped the run: what ran until then is no verdict on the release.
 * Otherwise failed when a required check failed; warning when only optional ones did; passed only when something was checked.
 */
function decideVerdict(checks, stop) {
    const reasons = [];
    if (stop.cancelled)
        reasons.push('the step was cancelled before every check finished: the release was not judged');
    else if (stop.timedOut)
        reasons.push(`the step reached its time limit (timeout ${stop.timeoutText}) before every check finished`);
    for (const check of checks) {
        if (check.result !== 'passed')
            reasons.push(`${check.name}: ${check.detail}${check.required ? '' : ' (optional)'}`);
    }
    if (stop.cancelled)
        return { result: 'cancelled', reasons };
    if (checks.length === 0)
        reasons.push('no check ran: there is no data to pass on');
    const failed = stop.timedOut || checks.length === 0 || checks.some((check) => check.result === 'failed');
    const warned = checks.some((check) => check.result === 'warning');
    return { result: failed ? 'failed' : warned ? 'warning' : 'passed', reasons };
}
/**
 * Only a failed verdict of a finished check rolls back: not a warning, not a run that ran out of time
 * or was cancelled, not a failure of the configuration or the tooling rather than of the release.
 * The approval job (`command: rollback`) wants one unless it was cancelled.
 */
function rollbackWanted(command, checks, verdict, stop) {
    if (command === 'rollback')
        return !stop.cancelled;
    const releaseFailed = checks.some((check) => check.result === 'failed' && !check.setupProblem);
    return verdict.result === 'failed' && releaseFailed && !stop.timedOut;
}
/** The run's verdict: the checks' with what the rollback did, or, for the approval job, the rollback's alone. */
function finalVerdict(command, checkVerdict, rollback, cancelled) {
    if (command === 'check')
        return withRollback(checkVerdict, rollback);
    if (cancelled) {
        return { result: 'cancelled', reasons: ['the step was cancelled before the rollback started: nothing was undone'] };
    }
    return rollbackVerdict(rollback);
}
/** A check's verdict, with what its rollback did: a failed rollback is one more reason, never a pass. */
function withRollback(verdict, rollback) {
    if (!rollback || rollback.outcome === 'rolled-back')
        return verdict;
    return { ...verdict, reasons: [...verdict.reasons, `rollback ${rollback.outcome}: ${rollback.message}`] };
}
/** `command: rollback` passes only when the Deployment was rolled back and became available. */
function rollbackVerdict(rollback) {
    if (!rollback)
        return { result: 'failed', reasons: ['nothing to roll back with: kube-deployment and kubectl are needed'] };
    return rollback.outcome === 'rolled-back'
        ? { result: 'passed', reasons: [] }
        : { result: 'failed', reasons: [`rollback ${rollback.outcome}: ${rollback.message}`] };
}

;// CONCATENATED MODULE: ./src/engine/run.ts











const NOTHING_CHECKED = { checks: [] };
/** Runs the plan to a Report. Never throws for what a check meets: every failure becomes part of the report. */
async function runChecks(plan, deps) {
    const { clock, logger, redact } = deps;
    const run = startRun(plan, deps);
    await logger.group('Plan', async () => planLines(plan).forEach((line) => logger.info(redact(line))));
    const endNotices = startNotices(run, deps.notices ?? []);
    const endTracking = startTracking(run, deps.tracker);
    const checked = plan.command === 'check' ? await checkRelease(run) : NOTHING_CHECKED;
    const cancelled = deps.signal?.aborted ?? false;
    const stop = { cancelled, timedOut: run.deadline.aborted && !cancelled, timeoutText: (0,duration/* formatDuration */.a3)(plan.timeoutMs) };
    const checkedAt = clock.now();
    const checkVerdict = decideVerdict(checked.checks, stop);
    const wanted = rollbackWanted(plan.command, checked.checks, checkVerdict, stop);
    const rollbackStartedAt = clock.now();
    const rollback = wanted ? await rollBackRelease(run, { checked, verdict: checkVerdict }) : undefined;
    const rollbackFinishedAt = clock.now();
    const verdict = finalVerdict(plan.command, checkVerdict, rollback, cancelled);
    const summary = summaryLine({
        result: verdict.result,
        service: plan.service,
        version: plan.version,
        environment: plan.environment,
        checks: checked.checks,
        durationMs: clock.now() - run.startedAt,
        timedOut: stop.timedOut,
        rollback,
    });
    const outcome = {
        checked,
        checkVerdict,
        verdict,
        summary,
        timedOut: stop.timedOut,
        rollbackWanted: wanted,
        rollback,
    };
    const times = () => ({
        startedAt: run.startedAt,
        checkedAt,
        rollbackStartedAt,
        rollbackFinishedAt,
        finishedAt: clock.now(),
    });
    // The comment shows neither the notices nor the deployment: it is written from the report as it stands, so
    // that all three go out together.
    const [notices, githubDeployment, pullRequestComment] = await Promise.all([
        endNotices({ result: verdict.result, summary, checks: checked.checks, rollback }),
        endTracking({ result: verdict.result, summary, checks: checked.checks }),
        commentOnPullRequest(run, deps.pullRequestComments, assembleReport(plan, deps, outcome, times())),
    ]);
    return assembleReport(plan, deps, { ...outcome, notices, githubDeployment, pullRequestComment }, times());
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __nccwpck_require__(3124);
;// CONCATENATED MODULE: ./src/adapters/shared/execute.ts








const USER_AGENT = `${TOOL.name}/${TOOL.version}`;
/** The composition root both entry points share: plan, load only the providers the plan uses, run. */
async function execute(config, options) {
    const plan = buildPlan(config);
    const redact = (0,engine_secrets/* createRedactor */.lY)(options.secrets);
    for (const party of unverifiedTlsParties(plan)) {
        options.logger.warning(redact(`TLS certificate verification is off for ${party} (insecure-skip-tls-verify): anyone on the network path could pose as it; trust its CA with NODE_EXTRA_CA_CERTS instead`));
    }
    // An approval job's rollback runs no window.
    if (plan.command === 'check' && plan.monitor)
        for (const warning of windowWarnings(plan.monitor))
            options.logger.warning(redact(warning));
    const [prober, metrics, datadogMetrics, datadogMonitors, cluster, notices, dependencyProbes, tracker, comments] = await Promise.all([
        httpProber(plan),
        metricSource(plan),
        datadogMetricSource(plan),
        datadogMonitorSource(plan),
        clusterInspector(plan),
        noticeChannels(plan, options.context),
        dependencyProbesFor(plan),
        releaseTracker(plan),
        pullRequestComments(plan),
    ]);
    const rollbacker = await rollbackProvider(plan, cluster, options, redact);
    try {
        return await runChecks(plan, {
            prober: prober ?? unusedProber,
            metrics,
            datadogMetrics,
            datadogMonitors,
            ...(cluster ? { cluster } : {}),
            ...(rollbacker ? { rollbacker } : {}),
            notices,
            ...(tracker ? { tracker } : {}),
            ...(comments ? { pullRequestComments: comments } : {}),
            dependencyProbes,
            onSecret: options.onSecret,
            signal: options.signal,
            clock: clock/* systemClock */.m,
            logger: options.logger,
            redact,
            context: options.context,
            tool: TOOL,
        });
    }
    finally {
        await Promise.all([prober?.close(), metrics?.close(), datadogMetrics?.close(), datadogMonitors?.close()]);
    }
}
async function httpProber(plan) {
    const sendsFromMonitor = (plan.monitor?.gates.some((gate) => gate.web) ?? false) || plan.monitor?.traffic !== undefined;
    if (plan.httpChecks.length === 0 && plan.flows.length === 0 && !plan.versionCheck && !sendsFromMonitor)
        return undefined;
    const { createUndiciProber } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(271)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3271));
    return createUndiciProber({ userAgent: USER_AGENT });
}
async function metricSource(plan) {
    const prometheus = plan.monitor?.prometheus;
    if (!prometheus || plan.monitor?.gates.length === 0)
        return undefined;
    const { createPrometheusSource } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(815), __nccwpck_require__.e(609)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6609));
    return createPrometheusSource({
        baseUrl: prometheus.url,
        headers: prometheus.headers,
        userAgent: USER_AGENT,
        insecureSkipTlsVerify: prometheus.insecureSkipTlsVerify,
    });
}
async function datadogMetricSource(plan) {
    const access = plan.monitor?.datadog;
    if (!access || !plan.monitor?.gates.some(readsDatadogMetrics))
        return undefined;
    const { createDatadogMetrics } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(822), __nccwpck_require__.e(803)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3803));
    return createDatadogMetrics({
        ...access,
        userAgent: USER_AGENT,
        // A sample may wait out Datadog's rate-limit window up to its own interval, never past the next sample.
        maxRateLimitWaitMs: plan.monitor?.intervalMs ?? 0,
    });
}
async function datadogMonitorSource(plan) {
    const access = plan.monitor?.datadog;
    if (!access || !plan.monitor?.gates.some((gate) => gate.monitorTags !== undefined))
        return undefined;
    const { createDatadogMonitors } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(822), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5514));
    // As for the metrics: a rate-limit wait never runs past the next sample.
    return createDatadogMonitors({ ...access, userAgent: USER_AGENT, maxRateLimitWaitMs: plan.monitor.intervalMs });
}
async function clusterInspector(plan) {
    if (!plan.kubernetes)
        return undefined;
    const { createKubectlInspector } = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(972)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8972));
    const { deployment, namespace, context, selector, insecureSkipTlsVerify } = plan.kubernetes;
    return createKubectlInspector({ deployment, namespace, context, selector, insecureSkipTlsVerify });
}
/** The rollback the plan names: kubectl (confirmed by the cluster's rollout wait), Helm, or the team's command. */
async function rollbackProvider(plan, cluster, options, redact) {
    const rollback = plan.rollback;
    if (!rollback)
        return undefined;
    if (rollback.method === 'kubectl' && plan.kubernetes && cluster) {
        const { createKubectlRollbacker } = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4403));
        const { deployment, namespace, context, insecureSkipTlsVerify } = plan.kubernetes;
        return {
            ...createKubectlRollbacker({ deployment, namespace, context, insecureSkipTlsVerify }),
            confirm: (timeoutMs, signal) => cluster.waitForRollout(timeoutMs, signal),
        };
    }
    if (rollback.method === 'helm' && rollback.helm) {
        const { createHelmRollbacker } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(668)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9668));
        const { release, namespace, context, insecureSkipTlsVerify } = rollback.helm;
        return createHelmRollbacker({ release, namespace, context, insecureSkipTlsVerify, env: process.env });
    }
    if (rollback.method === 'command' && rollback.command !== undefined) {
        const { createCommandRollbacker } = await __nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 7603));
        return createCommandRollbacker({
            command: rollback.command,
            cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
            env: process.env,
            service: plan.service,
            environment: plan.environment,
            version: plan.version,
            tempRoot: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            redact,
            log: (line) => options.logger.info(line),
        });
    }
    return undefined;
}
/** A probe per dependency type in the plan, each module loaded only when used. */
async function dependencyProbesFor(plan) {
    const types = new Set(plan.dependencies.map((dependency) => dependency.target.type));
    const load = {
        postgres: () => Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(7)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5007)).then(({ createPostgresProbe }) => createPostgresProbe()),
        redis: () => __nccwpck_require__.e(/* import() */ 475).then(__nccwpck_require__.bind(__nccwpck_require__, 2475)).then(({ createRedisProbe }) => createRedisProbe()),
        tcp: () => __nccwpck_require__.e(/* import() */ 303).then(__nccwpck_require__.bind(__nccwpck_require__, 4303)).then(({ createTcpProbe }) => createTcpProbe()),
    };
    return Object.fromEntries(await Promise.all([...types].map(async (type) => [type, await load[type]()])));
}
const NOTICE_TIMEOUT_MS = 10_000;
/** GitHub's deployments for github-deployment; absent when off, in a dry run, or with no repository to record in. */
async function releaseTracker(plan) {
    if (!plan.github || plan.dryRun)
        return undefined;
    const client = await githubClientOptions(plan.github.token);
    if (!client)
        return undefined;
    const { createGitHubDeployments } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413), __nccwpck_require__.e(717)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8717));
    return createGitHubDeployments(client);
}
/** The pull request's comments for pr-comment; absent when off, in a dry run, or with no repository. */
async function pullRequestComments(plan) {
    if (!plan.pullRequestComment || plan.dryRun)
        return undefined;
    const client = await githubClientOptions(plan.pullRequestComment.token);
    if (!client)
        return undefined;
    const { createGitHubComments } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413), __nccwpck_require__.e(763)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4763));
    return createGitHubComments(client);
}
/** The run's repository and API, as @actions/github reads them; absent outside a workflow. */
async function githubClientOptions(token) {
    const { githubRepository } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413), __nccwpck_require__.e(214)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5214));
    const repository = githubRepository();
    return repository ? { token, ...repository, userAgent: USER_AGENT, timeoutMs: GITHUB_TIMEOUT_MS } : undefined;
}
// GitHub itself ends a request after 10 s with a Server Error.
const GITHUB_TIMEOUT_MS = 10_000;
/** One channel per configured vendor, each loaded only when configured. */
async function noticeChannels(plan, context) {
    const notices = plan.notices;
    if (!notices)
        return [];
    const channels = [];
    const { grafana, datadog, slack } = notices;
    if (grafana) {
        channels.push(Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(826)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9826)).then(({ createGrafanaChannel }) => createGrafanaChannel({
            url: grafana.url,
            token: grafana.token,
            dashboardUid: grafana.dashboardUid,
            tags: grafana.tags,
            userAgent: USER_AGENT,
            timeoutMs: NOTICE_TIMEOUT_MS,
            insecureSkipTlsVerify: grafana.insecureSkipTlsVerify,
        })));
    }
    if (datadog) {
        // Start and end events of one run share it, so Datadog groups them.
        const aggregationKey = `deploy:${plan.service}:${plan.environment}:${context.runUrl ?? plan.version ?? 'local'}`;
        channels.push(Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(470)]).then(__nccwpck_require__.bind(__nccwpck_require__, 470)).then(({ createDatadogChannel }) => createDatadogChannel({
            apiKey: datadog.apiKey,
            site: datadog.site,
            apiUrl: datadog.apiUrl,
            tags: datadog.tags,
            userAgent: USER_AGENT,
            timeoutMs: NOTICE_TIMEOUT_MS,
            aggregationKey,
            insecureSkipTlsVerify: datadog.insecureSkipTlsVerify,
        })));
    }
    if (slack?.bot) {
        const bot = slack.bot;
        channels.push(Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(265), __nccwpck_require__.e(491)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6491)).then(({ createSlackApiChannel }) => createSlackApiChannel({
            token: bot.token,
            channel: bot.channel,
            apiUrl: bot.apiUrl,
            mention: slack.mention,
            userAgent: USER_AGENT,
            timeoutMs: NOTICE_TIMEOUT_MS,
            insecureSkipTlsVerify: slack.insecureSkipTlsVerify,
        })));
    }
    else if (slack?.webhookUrl) {
        const webhookUrl = slack.webhookUrl;
        channels.push(Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(443), __nccwpck_require__.e(265), __nccwpck_require__.e(498)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5498)).then(({ createSlackChannel }) => createSlackChannel({
            webhookUrl,
            mention: slack.mention,
            timeoutMs: NOTICE_TIMEOUT_MS,
            insecureSkipTlsVerify: slack.insecureSkipTlsVerify,
        })));
    }
    return Promise.all(channels);
}
/** A plan without HTTP checks never sends a request; this stands in so the engine needs no special case. */
const unusedProber = {
    send: () => Promise.reject(new Error('no HTTP check is planned')),
    close: () => Promise.resolve(),
};

;// CONCATENATED MODULE: ./src/adapters/shared/groupOnFirstLine.ts
/**
 * A Logger whose group is shown only once something is written in it. Notices that were all sent,
 * or a rollback that had nothing to do, write nothing, and an empty fold in the log only makes a
 * person open it to find out. The engine's groups never nest: they are its phases, one after another.
 */
function groupOnFirstLine(output) {
    let pending;
    let opened = false;
    const openPending = () => {
        if (pending === undefined)
            return;
        output.open(pending);
        pending = undefined;
        opened = true;
    };
    return {
        group: async (title, body) => {
            pending = title;
            opened = false;
            try {
                return await body();
            }
            finally {
                if (opened)
                    output.close();
                pending = undefined;
                opened = false;
            }
        },
        info: (line) => {
            openPending();
            output.info(line);
        },
        warning: (line) => {
            openPending();
            output.warning(line);
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/shared/lifecycle.ts
/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it; a person at a terminal
 * presses Ctrl-C. Either signal stops the run: the checks end, no rollback starts, the report is written.
 */
function cancelOnSignals() {
    const cancel = new AbortController();
    for (const name of ['SIGINT', 'SIGTERM'])
        process.once(name, () => cancel.abort(new Error(`cancelled by ${name}`)));
    return cancel.signal;
}
/**
 * Ends the process once what was written reached stdout and stderr. After a cancel or at the time limit
 * a kubectl may still be waiting on the cluster (@actions/exec cannot kill it) and would hold the step
 * until its own timeout; the run is over when its report is written.
 */
function exitWhenFlushed() {
    const flushed = (stream) => new Promise((resolve) => stream.write('', () => resolve()));
    void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit());
}

;// CONCATENATED MODULE: ./src/adapters/shared/runDefaults.ts
/** Defaults that come from the workflow run: the repository's name and the commit being deployed. */
function runDefaults(env) {
    const defaults = {};
    const repositoryName = env.GITHUB_REPOSITORY?.split('/')[1];
    if (repositoryName)
        defaults.service = repositoryName;
    if (env.GITHUB_SHA)
        defaults.version = env.GITHUB_SHA;
    return defaults;
}

;// CONCATENATED MODULE: ./src/adapters/shared/reportFile.ts


async function writeReport(report, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/adapters/cli/args.ts


const SWITCHES = new Set(['dry-run', 'help', 'version-info']);
const VALUE_FLAGS = new Set([...CONFIG_KEYS.filter((key) => key !== 'dry-run'), 'config', 'report']);
/** Flags as `--a --b ...`, several to a line, so that the list fits a terminal 100 columns wide. */
function wrapped(names) {
    const lines = [];
    for (const flag of names.map((name) => `--${name}`)) {
        const last = lines.length - 1;
        if (last >= 0 && `${lines[last]} ${flag}`.length <= 98)
            lines[last] += ` ${flag}`;
        else
            lines.push(`  ${flag}`);
    }
    return lines.join('\n');
}
// The flags come from the config keys, as the action's inputs do: the list cannot fall behind them.
const USAGE = `Usage: post-deploy-check [--config FILE] [--KEY VALUE ...] [--report FILE]

Runs the same checks as the GitHub Action. Every action input is a flag of the same name, as
--name value or --name=value; flags override the config file. The inputs are described in the README.

Flags that take a value:
${wrapped([...VALUE_FLAGS].filter((name) => name !== 'config' && name !== 'report'))}
  --config FILE   a YAML or JSON config file, its keys named like the flags
  --report FILE   write the JSON report to FILE
Flags that take none:
  --dry-run       run the checks, take no action
  --version-info  print the tool's version (--version is the version the service should serve)
  --help          print this text

Exit codes: 0 passed or warning, 1 failed, 2 invalid configuration or flags (nothing was checked),
130 cancelled (Ctrl-C) before a verdict.`;
/**
 * Flags named like the action's inputs, as `--name value` or `--name=value`. A value is taken as
 * given even when it starts with "-": YAML lists passed to --checks do.
 */
function parseCliArgs(argv) {
    const values = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
        const name = match?.[1] === 'h' ? 'help' : match?.[1];
        if (!match || name === undefined)
            return {
                ok: false,
                error: arg === '-h' ? 'use --help' : `unexpected argument ${JSON.stringify(arg)}; flags look like --base-url URL`,
            };
        if (values.has(name)) {
            return {
                ok: false,
                error: `--${name} is given twice; give it once (several checks go in one --checks, one per line, or in a config file)`,
            };
        }
        if (SWITCHES.has(name)) {
            values.set(name, match[2] ?? 'true');
        }
        else if (VALUE_FLAGS.has(name)) {
            const value = match[2] ?? argv[++i];
            if (value === undefined)
                return { ok: false, error: `--${name} needs a value` };
            values.set(name, value);
        }
        else {
            const guess = (0,suggest/* nearest */.p)(name, [...VALUE_FLAGS, ...SWITCHES]);
            return { ok: false, error: `unknown flag --${name}${guess ? `; did you mean --${guess}?` : ''}` };
        }
    }
    const inputs = {};
    for (const key of CONFIG_KEYS) {
        const value = values.get(key);
        if (value !== undefined)
            inputs[key] = value;
    }
    return {
        ok: true,
        args: {
            configPath: values.get('config'),
            reportPath: values.get('report'),
            inputs,
            help: values.has('help'),
            version: values.has('version-info'),
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/cli/main.ts











// 130 is what a shell reports for a command stopped by Ctrl-C (128 + SIGINT).
const EXIT = { passed: 0, warning: 0, failed: 1, invalid: 2, cancelled: 130 };
// Terminal control sequences from a response body must not reach the user's terminal.
// eslint-disable-next-line no-control-regex
const sanitize = (text) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '�');
const terminalLogger = groupOnFirstLine({
    open: (title) => process.stdout.write(`${title}\n`),
    close: () => undefined,
    info: (line) => process.stdout.write(`  ${sanitize(line)}\n`),
    warning: (line) => process.stderr.write(`warning: ${sanitize(line)}\n`),
});
async function main(argv) {
    const parsed = parseCliArgs(argv);
    if (!parsed.ok)
        return invalid([parsed.error, 'run post-deploy-check --help for the flags']);
    const { args } = parsed;
    if (args.help)
        return (process.stdout.write(`${USAGE}\n`), 0);
    if (args.version)
        return (process.stdout.write(`${TOOL.version}\n`), 0);
    const file = args.configPath ? await readConfigFile(args.configPath, '--config') : undefined;
    if (file && 'error' in file)
        return invalid([file.error]);
    // Outside a workflow the service is named after the directory the CLI runs in.
    const context = { service: (0,external_node_path_.basename)(process.cwd()), ...runDefaults(process.env) };
    const loaded = await loadConfig({ file, inputs: args.inputs, context, env: process.env });
    if (!loaded.ok)
        return invalid(loaded.errors);
    const report = await execute(loaded.config, {
        logger: terminalLogger,
        context: {},
        secrets: loaded.secrets,
        signal: cancelOnSignals(),
    });
    if (args.reportPath)
        await writeReport(report, args.reportPath);
    process.stdout.write(`\n${sanitize(renderTerminal(report))}\n`);
    return EXIT[report.verdict.result];
}
function invalid(lines) {
    process.stderr.write(`post-deploy-check: invalid configuration, nothing was checked:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
    return EXIT.invalid;
}
// A reader that stops early (`| head`) closes the pipe; that ends the output, not the run with a stack trace.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
});
main(process.argv.slice(2))
    .then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`post-deploy-check stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
})
    .finally(exitWhenFlushed);

