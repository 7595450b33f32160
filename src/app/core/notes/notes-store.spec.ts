import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { Vault } from '../crypto/vault';
import { APP_DB_NAME, AppDatabase } from '../db/app-db';
import { MAX_NOTE_LENGTH, NotesStore } from './notes-store';
import { until } from '../../../testing/until';

describe('NotesStore and Vault (real IndexedDB, real Web Crypto)', () => {
  let name: string;
  let store: NotesStore;
  let vault: Vault;

  const rawNotes = () => TestBed.inject(AppDatabase).db.notes.toArray();

  beforeEach(() => {
    name = `notes-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    store = TestBed.inject(NotesStore);
    vault = TestBed.inject(Vault);
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
  });

  it('saves, finds, attaches and deletes notes', async () => {
    const first = await store.save({ text: 'Ask about a subject access request' });
    const second = await store.save({ text: 'Call the helpline', about: 'contacts/ico' });
    expect(first.ok && second.ok).toBeTrue();
    await until(() => store.notes()?.length === 2, 'two notes listed');
    expect(store.search('ACCESS request').map((n) => n.text)).toEqual([
      'Ask about a subject access request',
    ]);
    expect(store.about('contacts/ico').map((n) => n.text)).toEqual(['Call the helpline']);

    if (first.ok) await store.save({ id: first.id, text: 'Edited text' });
    await until(() => store.search('edited').length === 1, 'edit listed');
    expect(store.notes()?.[0].text).withContext('newest first').toBe('Edited text');

    if (second.ok) expect(await store.remove(second.id)).toBeTrue();
    await until(() => store.notes()?.length === 1, 'one note left');
  });

  it('refuses a note that is too long, and says so', async () => {
    const result = await store.save({ text: 'x'.repeat(MAX_NOTE_LENGTH + 1) });
    expect(result).toEqual({ ok: false, error: 'too-long' });
    expect(await rawNotes()).toEqual([]);
  });

  it('reports a closed database instead of losing the text silently', async () => {
    await until(() => vault.state() === 'none');
    spyOn(console, 'error');
    TestBed.inject(AppDatabase).db.close();
    const result = await store.save({ text: 'keep me' });
    expect(result).toEqual({ ok: false, error: 'closed' });
  });

  it('opens a list longer than the decrypts it runs at once: all of it, newest first, with the unreadable counted', async () => {
    const db = TestBed.inject(AppDatabase).db;
    await until(() => vault.state() === 'none');
    // More rows than opened-records keeps in flight (64), so several rounds run.
    await db.notes.bulkPut(
      Array.from({ length: 150 }, (_, i) => ({
        id: `n${i}`,
        body: `note ${i}`,
        createdAt: i,
        updatedAt: i,
      })),
    );
    await vault.setPassphrase('a long list passphrase', false);
    vault.lock();
    await until(() => store.notes() === undefined, 'locked');
    // One row damaged at rest: left out and counted, never hiding the others.
    const [first] = await db.notes.toArray();
    await db.notes.put({
      ...first,
      sealed: {
        ...first.sealed!,
        ct: first.sealed!.ct.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      },
    });
    spyOn(console, 'error');
    expect(await vault.unlock('a long list passphrase')).toBe('unlocked');
    await until(() => store.notes()?.length === 149, 'the readable 149 listed');
    expect(store.unreadable()).toBe(1);
    const times = store.notes()!.map((note) => note.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(store.notes()!.map((note) => note.text)).size).toBe(149);
  });

  it('with a passphrase, stores no note text at all, and locks and unlocks', async () => {
    await store.save({ text: 'my secret plan' });
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('correct horse battery', false);
    await store.save({ text: 'another secret' });

    const raw = JSON.stringify(await rawNotes());
    expect(raw).not.toContain('secret');
    expect(raw).toContain('"sealed"');

    vault.lock();
    await until(() => vault.state() === 'locked');
    await until(() => store.notes() === undefined, 'nothing readable while locked');

    expect(await vault.unlock('wrong passphrase')).toBe('wrong');
    expect(vault.state()).toBe('locked');
    await until(() => vault.failedTries() === 1, 'failed try counted');

    expect(await vault.unlock('correct horse battery')).toBe('unlocked');
    await until(() => store.notes()?.length === 2, 'notes open again');
    expect(store.search('plan').length).toBe(1);
    await until(() => vault.failedTries() === 0, 'failed tries reset');
  });

  it('changes the passphrase for every note in one go', async () => {
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('first passphrase', false);
    await store.save({ text: 'note one' });
    await store.save({ text: 'note two' });
    await vault.changePassphrase('first passphrase', 'second passphrase');
    vault.lock();
    expect(await vault.unlock('first passphrase')).toBe('wrong');
    expect(await vault.unlock('second passphrase')).toBe('unlocked');
    await until(() => store.notes()?.length === 2, 'both notes open with the new passphrase');
  });

  it('can turn the lock off again, keeping every note', async () => {
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('a passphrase', false);
    await store.save({ text: 'kept' });
    await vault.removePassphrase('a passphrase');
    await until(() => vault.state() === 'none');
    expect((await rawNotes()).map((n) => n.body)).toEqual(['kept']);
  });

  it('never wipes on wrong passphrases unless the reader chose it', async () => {
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('the right one', false);
    await store.save({ text: 'survivor' });
    vault.lock();
    for (let i = 0; i < 11; i++) expect(await vault.unlock(`wrong ${i}`)).toBe('wrong');
    expect(await vault.unlock('the right one')).toBe('unlocked');
    expect((await rawNotes()).length).toBe(1);
  }, 60_000);

  it('wipes everything after 10 wrong passphrases only when the reader chose it', async () => {
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('the right one', true);
    await store.save({ text: 'will be wiped' });
    vault.lock();
    for (let i = 0; i < 9; i++) expect(await vault.unlock(`wrong ${i}`)).toBe('wrong');
    expect(await vault.unlock('wrong 9')).toBe('wiped');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  }, 60_000);

  it('refuses to seal with a key another tab has replaced, and locks instead', async () => {
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('first passphrase', false);
    // Another tab removed the lock and set a new one: the stored data key is not this tab's.
    const db = TestBed.inject(AppDatabase).db;
    const record = (await db.vault.get('vault'))!;
    await db.vault.put({ ...record, keyId: 'another-key' });
    spyOn(console, 'error');
    expect(await store.save({ text: 'would be unreadable' })).toEqual({
      ok: false,
      error: 'locked',
    });
    expect(vault.state()).toBe('locked');
    expect(await rawNotes()).toEqual([]);
  });

  it('lists every readable note even when one cannot be opened', async () => {
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('a passphrase', false);
    await store.save({ text: 'readable' });
    await TestBed.inject(AppDatabase).db.notes.put({
      id: 'broken',
      sealed: { v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' },
      createdAt: 1,
      updatedAt: 1,
    });
    spyOn(console, 'error');
    await until(() => store.notes()?.length === 1, 'the readable note is listed');
    expect(store.notes()![0].text).toBe('readable');
  });
});
