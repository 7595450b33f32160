import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase, VaultRecord } from '../db/app-db';
import { Vault } from './vault';
import { countAndCheck } from './vault-check';
import { until } from '../../../testing/until';

describe('countAndCheck: the key derivation beside the count (real IndexedDB, real Web Crypto)', () => {
  let name: string;
  let vault: Vault;
  const db = () => TestBed.inject(AppDatabase).db;
  const tries = async () => (await db().vault.get('vault'))!.failedTries;
  let timeout: number;
  beforeAll(() => {
    timeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;
  });
  afterAll(() => (jasmine.DEFAULT_TIMEOUT_INTERVAL = timeout));

  beforeEach(async () => {
    name = `check-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    vault = TestBed.inject(Vault);
    await until(() => vault.state() !== 'loading');
    await vault.setPassphrase('first passphrase', false);
  });

  afterEach(async () => {
    db().close();
    await Dexie.delete(name);
  });

  it('answers for the key stored when the try is counted, not the one last seen', async () => {
    const seen = (await db().vault.get('vault')) as VaultRecord;
    // Another tab changes the passphrase after this one last read the vault.
    await vault.changePassphrase('first passphrase', 'second passphrase');

    expect(await countAndCheck(db(), seen, 'first passphrase')).toBe('wrong');
    expect(await tries()).toBe(1);
    const right = await countAndCheck(db(), seen, 'second passphrase');
    expect(typeof right === 'object' && right.bytes.length).toBe(32);
    expect(await tries()).toBe(2);
  });

  it('counts every try before it answers, and a failed count gives no answer', async () => {
    const seen = (await db().vault.get('vault')) as VaultRecord;
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => countAndCheck(db(), seen, 'wrong guess here')),
    );
    expect(answers).toEqual(['wrong', 'wrong', 'wrong']);
    expect(await tries()).toBe(3);

    db().close();
    await expectAsync(countAndCheck(db(), seen, 'first passphrase')).toBeRejected();
  });
});
