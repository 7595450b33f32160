// The letters feature's public face: what other features may import. Everything else in this
// folder is private to it (eslint.config.js rejects deep imports from another feature). Guide
// pages import this file, so it re-exports nothing that would pull the letters themselves out
// of their lazy chunk.
export { LETTER_FOR_GUIDE } from './letter-links';
