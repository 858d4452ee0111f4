export const id = 734;
export const ids = [734];
export const modules = {

/***/ 6734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** One YAML document as plain values; a problem is pushed to `errors`, with its line and column. */
function parseYaml(text, source, errors) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
    const problem = document.errors[0];
    if (problem) {
        const position = problem.linePos?.[0];
        const at = position ? ` at line ${position.line}, column ${position.col}` : '';
        errors.push(`${source}: YAML error${at}: ${problem.message.split(' at line ')[0]}`);
        return undefined;
    }
    return document.toJS();
}


/***/ })

};
