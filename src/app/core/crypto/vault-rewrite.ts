import { AppDb, VaultRecord } from '../db/app-db';
import { SEALED_TABLE_NAMES, SealedTableName } from '../db/sealed-tables';
import { ChangedMeanwhile, retryWhenChanged } from '../db/retry-when-changed';
import { Row } from './sealed-records';

export { ChangedMeanwhile } from '../db/retry-when-changed';

/** Turns every stored row of one table into its new form. */
export type Rewrite = (table: SealedTableName, rows: Row[]) => Promise<Row[]>;

/**
 * Rewrites every sealed table and the vault record in one transaction, so a crash at any point
 * leaves either the old state or the new one. The new rows are computed first (Web Crypto cannot
 * run inside an IndexedDB transaction); if another tab changed a row or the vault meanwhile, the
 * transaction aborts and the work is done again from what is stored now. `expect` refuses to go
 * on when the vault is no longer what the caller saw (finding 5).
 */
export async function rewriteAll(
  db: AppDb,
  expect: (vault: VaultRecord | undefined) => void,
  transform: Rewrite,
  writeVault: (vault: AppDb['vault']) => Promise<unknown>,
): Promise<void> {
  const tables = SEALED_TABLE_NAMES.map((name) => db.table<Row, string>(name));
  await retryWhenChanged(async () => {
    const vaultBefore = await db.vault.get('vault');
    expect(vaultBefore);
    const before = await Promise.all(tables.map((table) => table.toArray()));
    const after = await Promise.all(
      before.map((rows, i) => transform(SEALED_TABLE_NAMES[i], rows)),
    );
    await db.transaction('rw', [...tables, db.vault, db.snapshots], async () => {
      const vaultNow = await db.vault.get('vault');
      if (keyOf(vaultNow) !== keyOf(vaultBefore)) throw new ChangedMeanwhile();
      for (const [i, table] of tables.entries()) {
        if (JSON.stringify(await table.toArray()) !== JSON.stringify(before[i])) {
          throw new ChangedMeanwhile();
        }
      }
      // Ids change between plain and sealed forms: the old rows go, the new ones come.
      for (const [i, table] of tables.entries()) {
        await table.clear();
        await table.bulkAdd(after[i]);
      }
      // Copies of opened rows hold texts as they were, perhaps under a key about to go.
      await db.snapshots.clear();
      await writeVault(db.vault);
    });
  });
}

/** What identifies the stored key material: changes with any passphrase change or removal. */
export function keyOf(record: VaultRecord | undefined): string {
  return JSON.stringify(record?.wrapped ?? record?.check ?? null);
}

export function sameKey(a: VaultRecord | undefined, b: VaultRecord | undefined): boolean {
  return keyOf(a) === keyOf(b);
}
