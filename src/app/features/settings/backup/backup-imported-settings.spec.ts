import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase } from '../../../core/db/app-db';
import { Vault } from '../../../core/crypto/vault';
import { ExitTarget } from '../../../core/safety/exit-target';
import { DEFAULT_EXIT_URL } from '../../../core/safety/exit-url';
import { LocalSettings } from '../../../core/settings/local-settings';
import { BackupPayload, encodeBackup } from './backup-codec';
import { BackupService } from './backup-service';

/** What a backup may change on this phone (issue 15, finding 9), with real IndexedDB and crypto. */
describe('BackupService import of settings and texts', () => {
  let name: string;
  const KEYS = ['exitUrl', 'pendingExitUrl', 'neutralTitle', 'lockAfterMinutes'];

  beforeEach(() => {
    name = `backup-settings-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
    for (const key of KEYS) localStorage.removeItem(`ds.${key}`);
  });

  async function importPayload(payload: Partial<BackupPayload>): Promise<void> {
    const file = await encodeBackup(
      { v: 1, createdAt: 1, notes: [], checklist: [], settings: {}, ...payload },
      'file passphrase',
    );
    await TestBed.inject(BackupService).import(file, 'file passphrase', 'merge');
  }

  it('holds an imported exit address for confirmation; quick exit keeps the old one', async () => {
    const settings = TestBed.inject(LocalSettings);
    settings.set('exitUrl', 'https://news.example/');
    await importPayload({ settings: { exitUrl: 'https://elsewhere.example/' } });
    const target = TestBed.inject(ExitTarget);
    expect(target.url()).toBe('https://news.example/');
    expect(target.pending()).toBe('https://elsewhere.example/');
  }, 60_000);

  it('drops an imported exit address that fails the checks', async () => {
    await importPayload({ settings: { exitUrl: 'https://192.168.1.254/admin' } });
    const target = TestBed.inject(ExitTarget);
    expect(target.url()).toBe(DEFAULT_EXIT_URL);
    expect(target.pending()).toBeNull();
  }, 60_000);

  it('clamps the neutral title to on or off', async () => {
    await importPayload({ settings: { neutralTitle: '<b>yes</b>' } });
    expect(TestBed.inject(LocalSettings).get('neutralTitle')).toBe('0');
  }, 60_000);

  it('strips hidden format characters from imported note texts, keeping ZWNJ', async () => {
    const text = 'می\u200Cخواهم \u202Eevil\u202C\u200B';
    await importPayload({
      notes: [{ id: 'n1', text, createdAt: 1, updatedAt: 1 }],
    });
    const stored = await TestBed.inject(Vault).get<{ body: string }>(
      TestBed.inject(AppDatabase).db.notes,
      'n1',
    );
    expect(stored?.body).toBe('می\u200Cخواهم evil');
  }, 60_000);
});
