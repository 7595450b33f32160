import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import Dexie from 'dexie';
import { Vault } from '../app/core/crypto/vault';
import { APP_DB_NAME, AppDatabase } from '../app/core/db/app-db';
import { until } from './until';

/**
 * For a describe block whose specs run against the real Vault, real IndexedDB and real Web Crypto:
 * each spec gets its own database under a random name (deleted afterwards), the vault loaded, and
 * time for key derivation. Call it in the describe body; `vault()` is the running spec's vault.
 */
export function useRealVault(
  prefix: string,
  providers: (Provider | EnvironmentProviders)[] = [],
): { vault(): Vault } {
  let name = '';
  let vault: Vault;
  let timeout: number;
  beforeAll(() => {
    timeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;
  });
  afterAll(() => (jasmine.DEFAULT_TIMEOUT_INTERVAL = timeout));

  beforeEach(async () => {
    name = `${prefix}-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        { provide: APP_DB_NAME, useValue: name },
        ...providers,
      ],
    });
    vault = TestBed.inject(Vault);
    await until(() => vault.state() !== 'loading');
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
  });

  return { vault: () => vault };
}
