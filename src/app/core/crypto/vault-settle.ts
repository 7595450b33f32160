import { AppDb, VaultRecord } from '../db/app-db';
import { SEALED_TABLE_NAMES, SealedTableName } from '../db/sealed-tables';
import { mapBounded } from './bounded-map';
import { DEFAULT_ITERATIONS } from './envelope';
import { Row, isWholeSealed, openRow, sealRow } from './sealed-records';
import { VaultKeys, wrapDataKey } from './vault-keys';
import { ChangedMeanwhile, rewriteAll, sameKey } from './vault-rewrite';

/**
 * After a right passphrase: resets the count and raises a count below today's default by
 * re-wrapping the same key. A format 1 vault is migrated to whole-sealed rows in the same
 * transaction, before its key is used. Returns the key's id, or null when another tab replaced
 * the key meanwhile.
 *
 * A format 2 vault's rows are all whole-sealed unless an older build or an import racing a new
 * passphrase left one plain: `sealLeftovers` finds and seals those after the unlock, since
 * looking means reading every row (about 230 ms for 10,000 notes on a slow machine), which would
 * otherwise delay every unlock to protect against a rare case.
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
    if (!record.wrapped) {
      await rewriteAll(
        db,
        (vault) => {
          if (!sameKey(vault, record)) throw new ChangedMeanwhile();
        },
        (table, rows) => sealAll(table, rows, keys),
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

/**
 * Seals any row still plain or only partly sealed (such as checklist ticks of an older build),
 * as long as the vault still holds the key `keyId` names. Returns how many tables were rewritten.
 */
export async function sealLeftovers(db: AppDb, keyId: string, keys: VaultKeys): Promise<number> {
  const tables = await tablesToSeal(db);
  if (tables === 0) return 0;
  try {
    await rewriteAll(
      db,
      (vault) => {
        if (vault?.keyId !== keyId) throw new ChangedMeanwhile();
      },
      (table, rows) => sealAll(table, rows, keys),
      async () => undefined,
    );
  } catch (error) {
    // The key changed or was removed meanwhile: whoever changed it sealed or opened every row.
    if (error instanceof ChangedMeanwhile) return 0;
    throw error;
  }
  return tables;
}

/** Lets the first screen of notes open before every row is read again to look for plain ones. */
const LEFTOVERS_DELAY_MS = 1500;

/**
 * `sealLeftovers` a moment after an unlock, unless the tab no longer holds the key by then (it
 * locked); never rejects, as nobody awaits it but tests.
 */
export function sealLeftoversSoon(
  db: AppDb,
  keyId: string,
  keys: VaultKeys,
  stillHeld: () => boolean,
): Promise<number> {
  return new Promise((done) => setTimeout(done, LEFTOVERS_DELAY_MS))
    .then(() => (stillHeld() ? sealLeftovers(db, keyId, keys) : 0))
    .catch((error: unknown) => {
      // Closed by a quick exit or a wipe meanwhile: the next unlock looks again.
      if ((error as Error | null)?.name !== 'DatabaseClosedError') console.error(error);
      return 0;
    });
}

function sealAll(table: SealedTableName, rows: Row[], keys: VaultKeys): Promise<Row[]> {
  return mapBounded(rows, async (r) => {
    if (isWholeSealed(table, r)) return r;
    // A row that cannot be opened is kept as it is (and reported where it is listed).
    const plain = await openRow<Row>(r, keys).catch(() => null);
    return plain ? sealRow(table, plain, keys) : r;
  });
}

/** How many sealed tables still hold a row that is plain or only partly sealed. */
async function tablesToSeal(db: AppDb): Promise<number> {
  let count = 0;
  for (const name of SEALED_TABLE_NAMES) {
    const rows = await db.table<Row, string>(name).toArray();
    if (rows.some((row) => !isWholeSealed(name, row))) count++;
  }
  return count;
}
