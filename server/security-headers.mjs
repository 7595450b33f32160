// The headers every response carries. Hosts that serve dist/ must send the same (README).
// Why each CSP part: README, "Why the policy looks like this". `style-src 'unsafe-inline'` is
// there because Angular injects component styles as <style> elements and a nonce cannot stay
// unique in the worker's cache.
/**
 * The one inline script, src/index.html's first (it holds back a prerendered page): allowed by its
 * hash alone. scripts/inline-scripts.test.mjs fails, with the new hash, when the script changes.
 */
export const INLINE_SCRIPT_HASHES = ["'sha256-NkOp1O10o+epBNN9KiOnVKp+zm34OsErqS/mkN3yGeI='"];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  'trusted-types angular angular#bundler default',
  "require-trusted-types-for 'script'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

// Cache rules, the same on every host (README). deploy/ repeats them in each
// server's syntax; scripts/deploy-config.test.mjs checks that they are all there.
/** Files the browser must always fetch anew: the service worker's own and the app shell. */
export const NEVER_CACHE = [
  '/ngsw.json',
  '/ngsw-worker.js',
  '/safety-worker.js',
  '/index.html',
  '/index.csr.html',
];
/**
 * Bundles and fonts carry a content hash in their name: cached for a year. esbuild's hashes are 8
 * capitals and digits (main-ABCD1234.js); those of Angular's chunk optimizer (scripts/build.mjs),
 * Rollup's, are 8 URL-safe characters (chunk-B_x-9aQz.js). Only the build's own prefixes, so a
 * file such as `print-settings.css` is never taken for one.
 */
export const HASHED =
  /\/(main|chunk|polyfills|styles|media\/[^\/]+)-[A-Za-z0-9_-]{8}\.(js|css|woff2?)$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_STORE = 'no-cache, no-store, must-revalidate';
