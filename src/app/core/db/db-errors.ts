/** Dexie wraps QuotaExceededError in an AbortError's `inner` (dexie/Dexie.js#776). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
