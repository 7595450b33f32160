import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase } from '../db/app-db';
import { MIN_ACCEPTED_ITERATIONS, deriveKey, newKdfParams, seal } from './envelope';
import { PassphraseTooShort, Vault, WrongPassphrase } from './vault';
import { LEGACY_CHECK_TEXT } from './vault-keys';
import { until } from '../../../testing/until';

describe('Vault key design (real IndexedDB, real Web Crypto)', () => {
  let name: string;
  let vault: Vault;
  const db = () => TestBed.inject(AppDatabase).db;
  // Every unlock runs PBKDF2 at 600,000 rounds, on purpose: these specs do dozens.
  let timeout: number;
  beforeAll(() => {
    timeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;
  });
  afterAll(() => (jasmine.DEFAULT_TIMEOUT_INTERVAL = timeout));

  beforeEach(async () => {
    name = `vault-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    vault = TestBed.inject(Vault);
    await until(() => vault.state() !== 'loading');
  });

  afterEach(async () => {
    db().close();
    await Dexie.delete(name);
  });

  const note = (id: string, body: string) => ({ id, body, createdAt: 1, updatedAt: 1 });
  const texts = async () =>
    (
      await Promise.all(
        (await db().notes.toArray()).map(async (r) => (await vault.open<{ body: string }>(r)).body),
      )
    ).sort();

  /** Every value in every object store, read with the plain IndexedDB API (no Dexie). */
  const rawWalk = () =>
    new Promise<string>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const idb = open.result;
        const names = [...idb.objectStoreNames];
        const tx = idb.transaction(names);
        const out: unknown[] = [];
        for (const store of names) {
          const all = tx.objectStore(store).getAll();
          const keys = tx.objectStore(store).getAllKeys();
          all.onsuccess = () => out.push(store, all.result);
          keys.onsuccess = () => out.push(keys.result);
        }
        tx.oncomplete = () => {
          idb.close();
          resolve(JSON.stringify(out));
        };
      };
    });

  it('after lock, a raw walk of every object store finds nothing personal', async () => {
    const markers = [
      'BODYMARK',
      'domestic-abuse-helpline',
      'TICKMARK',
      'home-office-sar',
      'DRAFTMARK',
    ];
    const when = 1_733_000_000_123;
    await db().notes.put({
      id: 'n1',
      body: 'BODYMARK secret',
      about: 'contacts/domestic-abuse-helpline',
      createdAt: when,
      updatedAt: when,
    });
    await db().checklist.put({ key: 'TICKMARK:2', tipId: 'TICKMARK', step: 2, doneAt: when });
    await db().letterDrafts.put({
      id: 'home-office-sar',
      body: '{"DRAFTMARK":1}',
      updatedAt: when,
    });
    await db().packs.put({ id: 'p1', body: 'pack=1.en.DRAFTMARK', updatedAt: when });
    await vault.setPassphrase('marker passphrase', false);
    vault.lock();
    const raw = await rawWalk();
    for (const marker of [...markers, String(when)]) expect(raw).not.toContain(marker);
    // Lengths are padded to buckets: the short note and the short draft seal to the same size.
    const rows = [...(await db().notes.toArray()), ...(await db().letterDrafts.toArray())];
    expect(new Set(rows.map((r) => r.sealed!.ct.length)).size).toBe(1);

    expect(await vault.unlock('marker passphrase')).toBe('unlocked');
    expect(await texts()).toEqual(['BODYMARK secret']);
    const [opened] = await Promise.all(
      (await db().notes.toArray()).map((r) => vault.open<{ about: string }>(r)),
    );
    expect(opened.about).toBe('contacts/domestic-abuse-helpline');
    expect(
      (await vault.get<{ body: string }>(db().letterDrafts, 'home-office-sar'))?.body,
    ).toContain('DRAFTMARK');
    // Removing the lock brings every record back to its plain form and ids.
    await vault.removePassphrase('marker passphrase');
    expect((await db().checklist.toArray())[0].key).toBe('TICKMARK:2');
    expect((await db().letterDrafts.get('home-office-sar'))?.body).toContain('DRAFTMARK');
  });

  it('opens and migrates a vault of the format before issue 15 on unlock', async () => {
    // Format 1: records sealed with the passphrase key itself, and a sealed check text.
    const kdf = newKdfParams();
    const oldKey = await deriveKey('old format pass', kdf);
    const check = await seal(oldKey, LEGACY_CHECK_TEXT);
    const sealed = await seal(oldKey, 'written before the upgrade');
    await db().vault.put({ id: 'vault', kdf, check, failedTries: 0, wipeAfterTen: false });
    await db().notes.put({
      id: 'n1',
      sealed,
      about: 'contacts/domestic-abuse-helpline',
      createdAt: 1,
      updatedAt: 1,
    });
    await db().checklist.put({ key: 'TICKMARK:0', tipId: 'TICKMARK', step: 0, doneAt: 5 });
    await until(() => vault.state() === 'locked');

    expect(await vault.unlock('not it at all')).toBe('wrong');
    expect(await vault.unlock('old format pass')).toBe('unlocked');
    const record = (await db().vault.get('vault'))!;
    expect(record.check).withContext('format 1 check dropped').toBeUndefined();
    expect(record.wrapped).toBeDefined();
    expect(record.kdf.salt).not.toBe(kdf.salt);
    expect(await texts()).toEqual(['written before the upgrade']);
    vault.lock();
    const raw = await rawWalk();
    expect(raw).not.toContain('domestic-abuse-helpline');
    expect(raw).not.toContain('TICKMARK');

    expect(await vault.unlock('old format pass')).toBe('unlocked');
    expect(await texts()).toEqual(['written before the upgrade']);
    await vault.changePassphrase('old format pass', 'a brand new one');
    vault.lock();
    expect(await vault.unlock('a brand new one')).toBe('unlocked');
    expect(await texts()).toEqual(['written before the upgrade']);
  });

  it('a crash while migrating leaves the old format openable', async () => {
    const kdf = newKdfParams();
    const oldKey = await deriveKey('old format pass', kdf);
    await db().vault.put({
      id: 'vault',
      kdf,
      check: await seal(oldKey, LEGACY_CHECK_TEXT),
      failedTries: 0,
      wipeAfterTen: false,
    });
    const realPut = db().vault.put.bind(db().vault);
    const put = spyOn(db().vault, 'put').and.callFake(
      (record) => (record.wrapped ? Promise.reject(new Error('crash')) : realPut(record)) as never,
    );
    await expectAsync(vault.unlock('old format pass')).toBeRejected();
    put.and.callThrough();
    vault.lock();
    expect(await vault.unlock('old format pass')).toBe('unlocked');
  });

  it('changing the passphrase re-wraps the key without re-encrypting any record', async () => {
    await db().notes.bulkPut([note('a', 'first'), note('b', 'second')]);
    await vault.setPassphrase('first passphrase', false);
    const before = await db().notes.toArray();
    const keyId = (await db().vault.get('vault'))!.keyId;
    await vault.changePassphrase('first passphrase', 'second passphrase');
    expect(await db().notes.toArray()).toEqual(before);
    expect((await db().vault.get('vault'))!.keyId).toBe(keyId);
    vault.lock();
    expect(await vault.unlock('first passphrase')).toBe('wrong');
    expect(await vault.unlock('second passphrase')).toBe('unlocked');
    expect(await texts()).toEqual(['first', 'second']);
  });

  it('a crash at any step of a change leaves the old or the new passphrase working', async () => {
    await db().notes.put(note('a', 'survives'));
    // Setting: a crash while writing the vault record rolls the sealed records back too.
    const realPut = db().vault.put.bind(db().vault);
    const put = spyOn(db().vault, 'put').and.callFake(
      () => Promise.reject(new Error('crash')) as never,
    );
    await expectAsync(vault.setPassphrase('first passphrase', false)).toBeRejected();
    expect((await db().notes.toArray())[0].body).toBe('survives');
    expect(await db().vault.get('vault')).toBeUndefined();
    put.and.callThrough();
    await vault.setPassphrase('first passphrase', false);

    // Changing: the old passphrase still opens after a crash.
    put.and.callFake(
      (record) =>
        (record.failedTries === 0 ? Promise.reject(new Error('crash')) : realPut(record)) as never,
    );
    await expectAsync(
      vault.changePassphrase('first passphrase', 'second passphrase'),
    ).toBeRejected();
    put.and.callThrough();
    vault.lock();
    expect(await vault.unlock('second passphrase')).toBe('wrong');
    expect(await vault.unlock('first passphrase')).toBe('unlocked');

    // Removing: a crash while deleting the vault record leaves everything sealed and openable.
    spyOn(db().vault, 'delete').and.callFake(() => Promise.reject(new Error('crash')) as never);
    await expectAsync(vault.removePassphrase('first passphrase')).toBeRejected();
    expect((await db().notes.toArray())[0].body).toBeUndefined();
    vault.lock();
    expect(await vault.unlock('first passphrase')).toBe('unlocked');
    expect(await texts()).toEqual(['survives']);
  });

  it('NFC and NFD forms of one passphrase open the same vault', async () => {
    await vault.setPassphrase('caf\u00e9 \u0439\u043e\u0434 \u0623\u0645\u0644', false);
    vault.lock();
    expect(await vault.unlock('cafe\u0301 \u0438\u0306\u043e\u0434 \u0627\u0654\u0645\u0644')).toBe(
      'unlocked',
    );
  });

  it('raises a count below the default on the next unlock', async () => {
    await vault.setPassphrase('an older vault', false, MIN_ACCEPTED_ITERATIONS);
    expect((await db().vault.get('vault'))!.kdf.iterations).toBe(MIN_ACCEPTED_ITERATIONS);
    vault.lock();
    expect(await vault.unlock('an older vault')).toBe('unlocked');
    expect((await db().vault.get('vault'))!.kdf.iterations).toBe(600_000);
    vault.lock();
    expect(await vault.unlock('an older vault')).toBe('unlocked');
  });

  it('enforces the minimum passphrase length itself, not only in a form', async () => {
    await expectAsync(vault.setPassphrase('short', false)).toBeRejectedWith(
      jasmine.any(PassphraseTooShort),
    );
    await vault.setPassphrase('long enough', false);
    await expectAsync(vault.changePassphrase('long enough', 'tiny')).toBeRejectedWith(
      jasmine.any(PassphraseTooShort),
    );
  });

  it('refuses to set a passphrase over one another tab has just set (finding 5)', async () => {
    await db().notes.put(note('a', 'precious text'));
    const results = await Promise.allSettled([
      vault.setPassphrase('first tab passphrase', false),
      vault.setPassphrase('second tab passphrase', false),
    ]);
    expect(results.filter((r) => r.status === 'rejected').length).toBe(1);
    vault.lock();
    const winner = results[0].status === 'fulfilled' ? 'first' : 'second';
    expect(await vault.unlock(`${winner} tab passphrase`)).toBe('unlocked');
    expect(await texts()).toEqual(['precious text']);
  });

  it('asks for the current passphrase to change or remove it, and counts wrong ones', async () => {
    await db().notes.put(note('a', 'mine'));
    await vault.setPassphrase('the real one', false);
    await expectAsync(vault.changePassphrase('a guess here', 'taken over')).toBeRejectedWith(
      jasmine.any(WrongPassphrase),
    );
    await expectAsync(vault.removePassphrase('another guess')).toBeRejectedWith(
      jasmine.any(WrongPassphrase),
    );
    await expectAsync(vault.confirm('third guess')).toBeRejectedWith(jasmine.any(WrongPassphrase));
    expect((await db().vault.get('vault'))!.failedTries).toBe(3);
    expect((await db().notes.toArray())[0].body).toBeUndefined();
    await vault.removePassphrase('the real one');
    expect((await db().notes.toArray())[0].body).toBe('mine');
  });

  it('counts every one of many wrong tries made at the same moment', async () => {
    await vault.setPassphrase('the real one', false);
    vault.lock();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => vault.unlock(`guess number ${i}`)),
    );
    expect(results.every((r) => r === 'wrong')).toBeTrue();
    expect((await db().vault.get('vault'))!.failedTries).toBe(12);
  });
  it('changes the 10-try wipe only with the current passphrase', async () => {
    await vault.setPassphrase('the real one', false);
    await expectAsync(vault.setWipeAfterTen(true, 'a guess here')).toBeRejectedWith(
      jasmine.any(WrongPassphrase),
    );
    expect((await db().vault.get('vault'))!.wipeAfterTen).toBeFalse();
    await vault.setWipeAfterTen(true, 'the real one');
    expect((await db().vault.get('vault'))!.wipeAfterTen).toBeTrue();
  });

  it('a right passphrase given to confirm resets the count, so no wipe creeps closer', async () => {
    await db().notes.put(note('a', 'kept'));
    await vault.setPassphrase('the real one', true);
    await db().vault.update('vault', { failedTries: 9 });
    await vault.confirm('the real one');
    expect((await db().vault.get('vault'))!.failedTries).toBe(0);
    await expectAsync(vault.confirm('one wrong guess')).toBeRejectedWith(
      jasmine.any(WrongPassphrase),
    );
    expect((await db().vault.get('vault'))!.failedTries).toBe(1);
    expect(await texts()).toEqual(['kept']);
  });
});
