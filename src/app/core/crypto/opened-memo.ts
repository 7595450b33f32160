import { SnapshotRecord } from '../db/app-db';
import { SealedTableName } from '../db/sealed-tables';
import { mapBounded } from './bounded-map';
import type { Vault } from './vault';
import type { VaultKeys } from './vault-keys';
import { SNAPSHOT_MIN_ROWS, sealedVersion } from './vault-snapshots';

/**
 * After a change, the copy waits for a long quiet spell: each one rewrites every record, and a
 * note being typed is saved often.
 */
const COPY_AGAIN_AFTER_MS = 30_000;

/**
 * One sealed table's records as last opened, remembered by the stored version of the row each
 * came from (`sealedVersion`), while the vault stays unlocked. Opening the table again after one
 * record changed costs one decrypt, not one per row.
 *
 * From 100 rows, a sealed copy is kept in the `snapshots` table too, so the next unlock opens one
 * envelope instead of one per row. It is only a shortcut: it is used only if made from exactly
 * the rows stored, a row is taken from it only when its version matches, a copy sealed with
 * another key is ignored, and a write to the table deletes it in the same transaction.
 */
export class OpenedMemo {
  private key: VaultKeys | null = null;
  private remembered = new Map<string, unknown>();
  private loading: Promise<void> = Promise.resolve();
  /** Read while locked, so it is at hand when the passphrase has been checked. */
  private sealedCopy: {
    rows: readonly unknown[];
    copy: Promise<SnapshotRecord | undefined>;
  } | null = null;
  private newest = 0;
  private copyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly vault: Vault,
    private readonly table: SealedTableName,
    private readonly copyAgainAfterMs = COPY_AGAIN_AFTER_MS,
  ) {}

  /**
   * Drops every opened record and any copy not yet started: the vault locked. Given the rows
   * stored, reads their sealed copy meanwhile (deleting it if made from other rows), so an unlock
   * does not wait for it after the slow key check.
   */
  forget(rows?: readonly unknown[]): void {
    clearTimeout(this.copyTimer);
    this.key = null;
    this.remembered = new Map();
    this.loading = Promise.resolve();
    // Checked whatever the count: an older build may have deleted rows below 100.
    this.sealedCopy = rows ? { rows, copy: this.vault.storedSnapshot(this.table, rows) } : null;
    this.sealedCopy?.copy.catch(() => undefined);
  }

  /** Every row opened with `key`, in order; null for one that cannot be opened. */
  async openAll<R>(rows: readonly unknown[], key: VaultKeys | null): Promise<(R | null)[]> {
    let unlocked = false;
    if (key !== this.key) {
      const early = this.sealedCopy?.rows === rows ? this.sealedCopy.copy : null;
      this.forget();
      this.key = key;
      unlocked = true;
      if (key) {
        this.loading = (early ?? this.vault.storedSnapshot(this.table, rows))
          .then((stored) => this.vault.openSnapshot(this.table, stored, key))
          .then(
            (found) => {
              if (this.key === key) this.remembered = found;
            },
            (error: unknown) => console.error(error),
          );
      }
    }
    const call = ++this.newest;
    await this.loading;
    const known = this.remembered;
    const next = new Map<string, unknown>();
    const out = new Array<R | null>(rows.length);
    const toOpen: number[] = [];
    rows.forEach((row, i) => {
      const version = sealedVersion(this.table, row);
      if (version !== null && known.has(version)) {
        out[i] = known.get(version) as R;
        next.set(version, out[i]);
      } else {
        toOpen.push(i);
      }
    });
    const reused = next.size;
    await mapBounded(toOpen, async (i) => {
      try {
        out[i] = await this.vault.open<R>(rows[i], key);
        const version = sealedVersion(this.table, rows[i]);
        if (version !== null) next.set(version, out[i]);
      } catch (error) {
        console.error(error);
        out[i] = null;
      }
    });
    if (key && this.key === key && call === this.newest) {
      this.remembered = next;
      const changed = next.size !== reused || reused !== known.size;
      if (changed) {
        // A copy that an older build's write left stale goes now, not when the next one is made.
        if (!unlocked) this.vault.storedSnapshot(this.table, rows).catch(() => undefined);
        if (rows.length >= SNAPSHOT_MIN_ROWS) this.copySoon(key, unlocked);
      }
    }
    return out;
  }

  /** Right after an unlock that could not take every row from the copy: the next one will. */
  private copySoon(key: VaultKeys, now: boolean): void {
    clearTimeout(this.copyTimer);
    const copy = () => {
      if (this.key === key) void this.vault.saveSnapshot(this.table, key, this.remembered);
    };
    if (now) copy();
    else this.copyTimer = setTimeout(copy, this.copyAgainAfterMs);
  }
}
