import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase } from '../../../core/db/app-db';
import { LocalSettings } from '../../../core/settings/local-settings';
import { BackupPayload, encodeBackup } from './backup-codec';
import { BackupService } from './backup-service';

describe('BackupService import (real IndexedDB, real Web Crypto)', () => {
  let name: string;

  beforeEach(() => {
    name = `backup-service-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
    localStorage.removeItem('ds.lockAfterMinutes');
  });

  it('clamps an imported idle lock to what Settings offers', async () => {
    const settings = TestBed.inject(LocalSettings);
    settings.set('lockAfterMinutes', '5');
    const file = await encodeBackup(
      { v: 1, createdAt: 1, notes: [], checklist: [], settings: { lockAfterMinutes: '999' } },
      'file passphrase',
    );
    await TestBed.inject(BackupService).import(file, 'file passphrase', 'merge');
    expect(settings.get('lockAfterMinutes')).toBe('5');
  }, 60_000);

  it('brings in every good note of a file with a broken one, and reports the one skipped', async () => {
    const note = (id: string, text: string) => ({ id, text, createdAt: 1, updatedAt: 2 });
    const file = await encodeBackup(
      {
        v: 1,
        createdAt: 1,
        notes: [note('a1', 'first'), { id: 'b2', text: null }, note('c3', 'third')],
        checklist: [{ tipId: 'ask-for-your-data', step: 1, doneAt: 3 }],
        settings: {},
      } as unknown as BackupPayload,
      'file passphrase',
    );
    const report = await TestBed.inject(BackupService).import(file, 'file passphrase', 'merge');
    expect(report).toEqual({ imported: 2, skipped: { notes: 1, ticks: 0 } });
    const db = TestBed.inject(AppDatabase).db;
    expect((await db.notes.toArray()).map((n) => n.body).sort()).toEqual(['first', 'third']);
    expect(await db.checklist.count()).toBe(1);
  }, 60_000);
});
