export const id = 803;
export const ids = [803];
export const modules = {

/***/ 3803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createDatadogMetrics: () => (/* binding */ createDatadogMetrics)
});

// EXTERNAL MODULE: ./src/engine/config/gateSourceSchema.ts
var gateSourceSchema = __webpack_require__(2364);
// EXTERNAL MODULE: ./src/providers/datadog/datadogReader.ts
var datadogReader = __webpack_require__(3822);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/config/duration.ts
var duration = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/providers/datadog/failure.ts
var failure = __webpack_require__(8949);
;// CONCATENATED MODULE: ./src/providers/datadog/queryAnswer.ts



// MetricsQueryResponse of GET /api/v1/query, only what a gate reads. A Point is [timestamp ms, value],
// both nullable: a bucket without data is null.
const point = schemas/* tuple */.PVZ([schemas/* number */.aig().nullable(), schemas/* number */.aig().nullable()]);
const series = schemas/* object */.Ikc({
    pointlist: schemas/* array */.YOg(point),
    scope: schemas/* string */.YjP().optional(),
    expression: schemas/* string */.YjP().optional(),
});
const queryResponse = schemas/* object */.Ikc({
    status: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
    series: schemas/* array */.YOg(series).optional(),
});
// Series named in the error about several: enough to see how they differ.
const NAMED_SERIES = 3;
/**
 * The last non-null point of the one series is the value, as Datadog's buckets at the end may still be filling;
 * with `total`, the sum of its non-null points: what a count query (`.as_count()`) counted over the window.
 */
function toReading(response, { lookbackMs, total }, redact) {
    // A 200 with status "error" is Datadog failing the query after accepting it, not a malformed one.
    if (response.status !== undefined && response.status !== 'ok')
        throw (0,failure/* safeError */.kG)(`Datadog could not run the query (status ${response.status}): ${response.error ?? 'no error text'}`, redact);
    const found = response.series ?? [];
    const window = `the last ${(0,duration/* formatDuration */.a3)(lookbackMs)}`;
    if (found.length === 0)
        return {
            kind: 'no-data',
            reason: `no series in ${window} (no traffic, the metric is absent, or Datadog has not ingested it yet)`,
            warnings: [],
        };
    if (found.length > 1) {
        const names = found.slice(0, NAMED_SERIES).map((each) => each.scope ?? each.expression ?? '?');
        const more = found.length > NAMED_SERIES ? `, … ${found.length - NAMED_SERIES} more` : '';
        throw (0,failure/* safeError */.kG)(`the query returns ${found.length} series (${names.join(', ')}${more}), and a gate needs one number: aggregate with sum: or avg:, or narrow the scope`, redact);
    }
    const points = found[0]?.pointlist ?? [];
    const last = points.findLast((each) => each[1] !== null);
    if (!last)
        return {
            kind: 'no-data',
            reason: points.length === 0
                ? `the series has no point in ${window}`
                : `none of the series' ${points.length} points in ${window} has a value`,
            warnings: [],
        };
    const value = total ? points.reduce((sum, [, each]) => sum + (each ?? 0), 0) : last[1];
    return { kind: 'value', value, warnings: [] };
}

;// CONCATENATED MODULE: ./src/providers/datadog/datadogMetrics.ts



// A gate needs one series; an answer this large is a query that forgot to aggregate.
const MAX_BODY_BYTES = 1024 * 1024;
const TOO_LARGE = 'a gate needs one number, so aggregate the query with sum: or avg:, or narrow the scope';
/** Datadog metric queries (GET /api/v1/query) behind the engine's metric-source port. */
function createDatadogMetrics(options) {
    const reader = (0,datadogReader/* createDatadogReader */.m)(options);
    return {
        async query(query, { at, lookbackMs = gateSourceSchema/* DEFAULT_LOOKBACK_MS */.i8, total = false, timeoutMs, signal }) {
            // The API takes whole epoch seconds; a window under one second would be empty.
            const to = Math.floor((at?.getTime() ?? reader.clock.now()) / 1_000);
            const from = to - Math.max(1, Math.round(lookbackMs / 1_000));
            const response = await reader.read({
                path: '/api/v1/query',
                params: { from: String(from), to: String(to), query },
                timeoutMs,
                signal,
                maxBytes: MAX_BODY_BYTES,
                tooLarge: TOO_LARGE,
                what: 'the query',
                permission: 'timeseries_query',
            }, queryResponse);
            return toReading(response, { lookbackMs, total }, reader.redact);
        },
        close: () => reader.close(),
    };
}


/***/ })

};
