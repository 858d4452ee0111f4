export const id = 514;
export const ids = [514];
export const modules = {

/***/ 5514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDatadogMonitors: () => (/* binding */ createDatadogMonitors)
/* harmony export */ });
/* unused harmony export MAX_MONITORS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _datadogReader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3822);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8949);
/* harmony import */ var _site_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7988);




// More monitors than this cannot be named in a gate's detail, and tags that broad match more than one service.
const MAX_MONITORS = 100;
// Monitor objects carry their query, message and options: 101 of them stay well under this.
const MAX_BODY_BYTES = 4 * 1024 * 1024;
// The items of GET /api/v1/monitor (Monitor), only what the gate reads. `name` and `overall_state` are not
// required by the spec; a monitor without a state is what Datadog calls Unknown.
const monitorList = zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    overall_state: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
}));
/** The overall state of Datadog monitors chosen by their tags (GET /api/v1/monitor?monitor_tags=). */
function createDatadogMonitors(options) {
    const reader = (0,_datadogReader_js__WEBPACK_IMPORTED_MODULE_0__/* .createDatadogReader */ .m)(options);
    const app = (0,_site_js__WEBPACK_IMPORTED_MODULE_2__/* .datadogAppBase */ .b)(options.site, options.apiUrl);
    return {
        async list(tags, { timeoutMs, signal }) {
            const wanted = tags
                .split(',')
                .map((tag) => tag.trim())
                .filter((tag) => tag !== '');
            // Without a tag the API lists every monitor of the organisation: never what a gate on one service means.
            if (wanted.length === 0)
                throw (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .safeError */ .kG)('datadog-monitor-tags names no tag', reader.redact, true);
            const monitors = await reader.read({
                path: '/api/v1/monitor',
                // One page one larger than the limit tells "too many" from "exactly the limit" in a single request.
                params: { monitor_tags: wanted.join(','), page: '0', page_size: String(MAX_MONITORS + 1) },
                timeoutMs,
                signal,
                maxBytes: MAX_BODY_BYTES,
                tooLarge: `more monitors than a gate can judge: narrow datadog-monitor-tags`,
                what: 'the monitor list',
                permission: 'monitors_read',
            }, monitorList);
            if (monitors.length > MAX_MONITORS)
                throw (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .safeError */ .kG)(`more than ${MAX_MONITORS} Datadog monitors have the tags ${wanted.join(',')}: narrow datadog-monitor-tags, e.g. add env: or service:`, reader.redact, 
                // Tags that broad are a setup problem, as a malformed query is: waiting will not fix them.
                true);
            return monitors.map((monitor) => ({
                id: monitor.id,
                name: monitor.name ?? `monitor ${monitor.id}`,
                state: monitor.overall_state ?? 'Unknown',
                ...(app ? { url: `${app}/monitors/${monitor.id}` } : {}),
            }));
        },
        close: () => reader.close(),
    };
}


/***/ })

};
