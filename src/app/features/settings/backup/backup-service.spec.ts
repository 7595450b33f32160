import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase } from '../../../core/db/app-db';
import { LocalSettings } from '../../../core/settings/local-settings';
import { encodeBackup } from './backup-codec';
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
});
