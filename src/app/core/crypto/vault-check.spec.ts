import { TestBed } from '@angular/core/testing';
import { AppDatabase, VaultRecord } from '../db/app-db';
import { Vault } from './vault';
import { countAndCheck } from './vault-check';
import { useRealVault } from '../../../testing/real-vault';

describe('countAndCheck: the key derivation beside the count (real IndexedDB, real Web Crypto)', () => {
  const real = useRealVault('check-spec');
  let vault: Vault;
  const db = () => TestBed.inject(AppDatabase).db;
  const tries = async () => (await db().vault.get('vault'))!.failedTries;

  beforeEach(async () => {
    vault = real.vault();
    await vault.setPassphrase('first passphrase', false);
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
