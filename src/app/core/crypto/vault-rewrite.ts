import { Table } from 'dexie';
import { AppDb, SealableRecord, VaultRecord } from '../db/app-db';

/** Thrown inside a transaction when another tab wrote first: the work is done again. */
export class ChangedMeanwhile extends Error {}

/** Turns every stored text (notes, letter drafts, kept lists) into its new form. */
export type Rewrite = <R extends SealableRecord>(records: R[]) => Promise<R[]>;

/** Same ids and versions in the same order: nothing was written in between. */
function unchanged(now: readonly SealableRecord[], before: readonly SealableRecord[]): boolean {
  return (
    now.length === before.length &&
    now.every((r, i) => r.id === before[i].id && r.updatedAt === before[i].updatedAt)
  );
}

/** The sealable tables, in a fixed order. */
export function sealedTables(db: AppDb): Table<SealableRecord, string>[] {
  return [db.notes, db.letterDrafts, db.packs];
}

/**
 * Rewrites every sealable record and the vault record in one transaction, so a crash at any point
 * leaves either the old state or the new one. The new versions are computed first (Web Crypto
 * cannot run inside an IndexedDB transaction); if another tab changed a record or the vault
 * meanwhile, the transaction aborts and the work is done again from what is stored now.
 * `expect` refuses to go on when the vault is no longer what the caller saw (finding 5).
 */
export async function rewriteAll(
  db: AppDb,
  expect: (vault: VaultRecord | undefined) => void,
  transform: Rewrite,
  writeVault: (vault: Table<VaultRecord, string>) => Promise<unknown>,
): Promise<void> {
  const tables = sealedTables(db);
  for (let attempt = 0; ; attempt++) {
    const vaultBefore = await db.vault.get('vault');
    expect(vaultBefore);
    const before = await Promise.all(tables.map((table) => table.toArray()));
    const after = await Promise.all(before.map((records) => transform(records)));
    try {
      await db.transaction('rw', [...tables, db.vault], async () => {
        const vaultNow = await db.vault.get('vault');
        if (
          JSON.stringify(vaultNow?.wrapped ?? vaultNow?.check) !==
          JSON.stringify(vaultBefore?.wrapped ?? vaultBefore?.check)
        ) {
          throw new ChangedMeanwhile();
        }
        for (const [i, table] of tables.entries()) {
          if (!unchanged(await table.toArray(), before[i])) throw new ChangedMeanwhile();
        }
        for (const [i, table] of tables.entries()) await table.bulkPut(after[i]);
        await writeVault(db.vault);
      });
      return;
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || attempt >= 4) throw error;
    }
  }
}
