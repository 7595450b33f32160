/** The only script URL the default policy lets through: Angular's service worker. */
export const SERVICE_WORKER_PATH = '/ngsw-worker.js';

/**
 * Decides whether a script URL may be turned into a TrustedScriptURL by the default policy.
 * Everything but our own service worker, on our own origin, is refused.
 */
export function isAllowedScriptUrl(url: string, base: string): boolean {
  try {
    const parsed = new URL(url, base);
    return parsed.origin === new URL(base).origin && parsed.pathname === SERVICE_WORKER_PATH;
  } catch {
    return false;
  }
}

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

/**
 * @angular/service-worker 21 registers `ngsw-worker.js` with a plain string, which Trusted Types
 * blocks. A `default` policy that accepts exactly that URL keeps the CSP strict.
 */
export function installDefaultTrustedTypesPolicy(
  factory: TrustedTypePolicyFactoryLike | undefined = (
    globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }
  ).trustedTypes,
  // Angular registers the worker relative to <base href>, not to the current page's path.
  base: string = globalThis.document?.baseURI ?? 'http://localhost/',
): void {
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL(url: string): string {
      if (isAllowedScriptUrl(url, base)) return url;
      throw new TypeError(`Trusted Types: refused ${url}`);
    },
  });
}
