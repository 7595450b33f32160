import { AppDb, VaultRecord } from '../db/app-db';
import { SEALED_TABLE_NAMES } from '../db/sealed-tables';
import { DEFAULT_ITERATIONS } from './envelope';
import { Row, isWholeSealed, openRow, sealRow } from './sealed-records';
import { VaultKeys, wrapDataKey } from './vault-keys';
import { ChangedMeanwhile, rewriteAll, sameKey } from './vault-rewrite';

/**
 * After a right passphrase: resets the count and, in the same transaction, migrates a format 1
 * vault (and any row still plain or only partly sealed, such as checklist ticks) to whole-sealed
 * rows, or raises a count below today's default by re-wrapping the same key. Returns the key's
 * id, or null when another tab replaced the key meanwhile.
 */
export async function settleUnlock(
  db: AppDb,
  record: VaultRecord,
  bytes: Uint8Array,
  keys: VaultKeys,
  passphrase: string,
): Promise<string | null> {
  const stale = !record.wrapped || record.kdf.iterations < DEFAULT_ITERATIONS;
  const wrapped = stale ? await wrapDataKey(bytes, passphrase) : null;
  const keyId = record.keyId ?? crypto.randomUUID();
  const write = async (vault: AppDb['vault']) => {
    const now = await vault.get('vault');
    if (!now || !sameKey(now, record)) throw new ChangedMeanwhile();
    const { check, ...rest } = now;
    await vault.put(
      wrapped ? { ...rest, ...wrapped, keyId, failedTries: 0 } : { ...now, failedTries: 0 },
    );
  };
  try {
    if (await rowsToSeal(db)) {
      await rewriteAll(
        db,
        (vault) => {
          if (!sameKey(vault, record)) throw new ChangedMeanwhile();
        },
        (table, rows) =>
          Promise.all(
            rows.map(async (r) => {
              if (isWholeSealed(table, r)) return r;
              // A row that cannot be opened is kept as it is (and reported where it is listed).
              const plain = await openRow<Row>(r, keys).catch(() => null);
              return plain ? sealRow(table, plain, keys) : r;
            }),
          ),
        write,
      );
    } else {
      await db.transaction('rw', db.vault, () => write(db.vault));
    }
    return keyId;
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return null;
    throw error;
  }
}

/** Whether any sealed table still holds a row that is plain or only partly sealed. */
async function rowsToSeal(db: AppDb): Promise<boolean> {
  for (const name of SEALED_TABLE_NAMES) {
    const rows = await db.table<Row, string>(name).toArray();
    if (rows.some((row) => !isWholeSealed(name, row))) return true;
  }
  return false;
}
