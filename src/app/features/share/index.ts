// The share feature's public face: what other features may import. Everything else in this
// folder is private to it (eslint.config.js rejects deep imports from another feature). The
// share sheet, QR code and link format that tips, guides and contacts use live in
// src/app/shared/share/.
export { PackStore } from './pack-store';
