import Dexie from 'dexie';
import { VaultLocked } from '../crypto/vault-errors';
import { guardedIndexedDb } from './app-db';
import { isQuotaError, storageFailure } from './db-errors';

describe('isQuotaError', () => {
  it('sees a quota error directly or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBeTrue();
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBeTrue();
  });

  it('does not mistake other errors for a full disk', () => {
    expect(isQuotaError(new Error('x'))).toBeFalse();
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBeFalse();
    expect(isQuotaError(null)).toBeFalse();
  });
});

describe('storageFailure', () => {
  it('says full for a quota error, bare or wrapped in the AbortError Dexie rejects with', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageFailure(quota)).toBe('full');
    expect(storageFailure(new Dexie.AbortError('Transaction aborted', quota))).toBe('full');
  });

  it('says closed for a database that is closed, deleted or refused', async () => {
    expect(storageFailure(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(storageFailure(new DOMException('Wiped in this page', 'InvalidStateError'))).toBe(
      'closed',
    );
    expect(storageFailure(new Dexie.VersionChangeError())).toBe('closed');
    // The error a real closed Dexie database gives.
    const db = new Dexie(`db-errors-spec-${Math.random().toString(36).slice(2)}`);
    db.version(1).stores({ items: 'id' });
    await db.open();
    db.close();
    const error = await db
      .table('items')
      .put({ id: 1 })
      .catch((e: unknown) => e);
    expect(storageFailure(error)).toBe('closed');
    await db.delete();
  });

  it('says closed for the open the wipe guard refuses (src/app/core/db/app-db.ts)', () => {
    const refused = guardedIndexedDb(indexedDB, () => false);
    const error = (() => {
      try {
        refused.open('never-created');
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(storageFailure(error)).toBe('closed');
  });

  it('says locked only for VaultLocked, never for an error that merely says so', () => {
    expect(storageFailure(new VaultLocked())).toBe('locked');
    expect(storageFailure(new Error('locked'))).toBe('failed');
  });

  it('says failed for anything else', () => {
    expect(storageFailure(new DOMException('dup', 'ConstraintError'))).toBe('failed');
    expect(storageFailure(new TypeError('bad record'))).toBe('failed');
    expect(storageFailure(null)).toBe('failed');
    expect(storageFailure('a string')).toBe('failed');
  });
});
