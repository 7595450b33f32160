// The changes feature's public face: what other features may import. Everything else in this
// folder is private to it (eslint.config.js rejects deep imports from another feature).
export { ChangedLink } from './changed-link/changed-link';
