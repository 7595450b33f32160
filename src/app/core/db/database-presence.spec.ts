import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { until } from '../../../testing/until';
import { DatabasePresence } from './database-presence';
import { APP_DB_NAME } from './db-name';

describe('DatabasePresence', () => {
  let name: string;

  beforeEach(() => {
    name = `presence-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
  });

  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('says no when the device holds no database of that name', async () => {
    const presence = TestBed.inject(DatabasePresence);
    expect(presence.exists()).toBeUndefined();
    await until(() => presence.exists() !== undefined, 'an answer');
    expect(presence.exists()).toBe(false);
  });

  it('says yes once the database exists, when asked again (another tab created it)', async () => {
    const presence = TestBed.inject(DatabasePresence);
    await until(() => presence.exists() === false, 'no database yet');
    const db = new Dexie(name);
    db.version(1).stores({ things: 'id' });
    await db.open();
    db.close();
    presence.check();
    await until(() => presence.exists() === true, 'the database seen');
  });

  it('says yes from the moment the app opens its database', async () => {
    const presence = TestBed.inject(DatabasePresence);
    await until(() => presence.exists() === false, 'no database yet');
    presence.markPresent();
    expect(presence.exists()).toBe(true);
    presence.check();
    expect(presence.exists()).toBe(true);
  });
});
