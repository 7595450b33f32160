import { AppDb, VaultRecord } from '../db/app-db';
import { sameKey } from './vault-rewrite';
import { WrappedKey, legacyKeyBytes, unwrapDataKey } from './vault-keys';

export const WIPE_AFTER_TRIES = 10;

/** The outcome of one passphrase try; `wipe` when the reader's 10-try wipe is due. */
export type Checked = 'none' | 'wrong' | 'wipe' | { record: VaultRecord; bytes: Uint8Array };

/**
 * Counts the try first, in one transaction (so tabs guessing at once each count: finding 4),
 * then checks the passphrase. The slow key derivation starts at once from `seen`, the record as
 * last read, beside the count; its answer is used only once the count is stored, and only if
 * the key is still that one.
 */
export async function countAndCheck(
  db: AppDb,
  seen: VaultRecord | undefined,
  passphrase: string,
): Promise<Checked> {
  const early = seen ? keyBytes(seen, passphrase) : null;
  early?.catch(() => undefined);
  let record: VaultRecord | undefined;
  try {
    record = await db.transaction('rw', db.vault, async () => {
      const now = await db.vault.get('vault');
      if (!now) return undefined;
      const counted = { ...now, failedTries: now.failedTries + 1 };
      await db.vault.put(counted);
      return counted;
    });
  } catch (error) {
    // Not counted (a full disk, or closed by a wipe): the answer is never used.
    forget(early);
    throw error;
  }
  const derived = early && record && sameKey(seen, record) ? early : null;
  if (!derived) forget(early);
  if (!record) return 'none';
  // Tries beyond the limit (a wipe cut short, say) wipe without looking at the passphrase.
  if (record.wipeAfterTen && record.failedTries > WIPE_AFTER_TRIES) {
    forget(derived);
    return 'wipe';
  }
  try {
    return { record, bytes: await (derived ?? keyBytes(record, passphrase)) };
  } catch (error) {
    if (!(error instanceof DOMException)) console.error(error);
    return record.wipeAfterTen && record.failedTries >= WIPE_AFTER_TRIES ? 'wipe' : 'wrong';
  }
}

/** The data key's bytes, given the right passphrase; a DOMException otherwise. */
function keyBytes(record: VaultRecord, passphrase: string): Promise<Uint8Array> {
  return record.wrapped
    ? unwrapDataKey(record as WrappedKey, passphrase)
    : legacyKeyBytes(record.kdf, record.check!, passphrase);
}

/** Zeroes key bytes derived but not used. */
function forget(bytes: Promise<Uint8Array> | null): void {
  void bytes?.then(
    (b) => b.fill(0),
    () => undefined,
  );
}
