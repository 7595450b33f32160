import { VaultLocked } from '../crypto/vault-errors';

/** Dexie wraps QuotaExceededError in an AbortError's `inner` (dexie/Dexie.js#776). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/**
 * Why a write of the reader's own data failed, in the words the screens use: `full` (no space
 * left), `closed` (the database is gone: wiped in another tab, deleted, or blocked by an upgrade),
 * `locked` (the vault holds no key) or `failed` (anything else).
 */
export type StorageFailure = 'full' | 'closed' | 'locked' | 'failed';

/**
 * The one mapping from a thrown error to a `StorageFailure`. A closed database shows up as Dexie's
 * DatabaseClosedError, as the InvalidStateError of a refused open (src/app/core/db/app-db.ts), or
 * as a VersionChange error when another tab deletes or upgrades it.
 */
export function storageFailure(error: unknown): StorageFailure {
  if (isQuotaError(error)) return 'full';
  if (error instanceof VaultLocked) return 'locked';
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && /DatabaseClosed|InvalidState|VersionChange/.test(name)) {
    return 'closed';
  }
  return 'failed';
}
