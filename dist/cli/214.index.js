export const id = 214;
export const ids = [214];
export const modules = {

/***/ 5214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubRepository: () => (/* binding */ githubRepository)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

/** Absent outside a workflow, where GITHUB_REPOSITORY is not set and the event names no repository. */
function githubRepository() {
    try {
        const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo;
        return { apiUrl: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.apiUrl, owner, repo };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
