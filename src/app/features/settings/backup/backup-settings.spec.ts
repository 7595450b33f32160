import { TestBed } from '@angular/core/testing';
import { MIN_ACCEPTED_ITERATIONS } from '../../../core/crypto/envelope';
import { MIN_PASSPHRASE_LENGTH, Vault } from '../../../core/crypto/vault';
import { useRealVault } from '../../../../testing/real-vault';
import { until } from '../../../../testing/until';
import { encodeBackup } from './backup-codec';
import { BackupService } from './backup-service';
import { BackupSettings } from './backup-settings';

/** The backup passphrase forms against the real vault, IndexedDB and Web Crypto. */
describe('BackupSettings', () => {
  const real = useRealVault('backup-form-spec');
  let vault: Vault;
  beforeEach(() => (vault = real.vault()));

  async function create() {
    const fixture = TestBed.createComponent(BackupSettings);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const $ = (selector: string) => el.querySelector<HTMLInputElement>(selector);
    const type = (id: string, value: string) => {
      $(`#${id}`)!.value = value;
      $(`#${id}`)!.dispatchEvent(new Event('input'));
    };
    const submit = async (buttonTestId: string) => {
      $(`[data-testid=${buttonTestId}]`)!.click();
      await fixture.whenStable();
    };
    const message = () => $('[data-testid=backup-message]')?.textContent?.trim() ?? null;
    return { fixture, $, type, submit, message };
  }

  it('a file passphrase too short is refused at its field, and nothing is exported', async () => {
    const exporting = spyOn(TestBed.inject(BackupService), 'export').and.callThrough();
    const { $, type, submit, message } = await create();
    type('export-passphrase', 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1));
    await submit('export-backup');
    expect($('#export-passphrase-error')?.textContent?.trim()).toBe('lock.error.short');
    expect($('#export-passphrase')!.getAttribute('aria-invalid')).toBe('true');
    expect(message()).toBeNull();
    expect(exporting).not.toHaveBeenCalled();
  });

  it('with a lock, a wrong current passphrase reaches the vault, is counted, and stops the export', async () => {
    await vault.setPassphrase('orchard lamp seven', false, MIN_ACCEPTED_ITERATIONS);
    await until(() => vault.state() === 'unlocked');
    const exporting = spyOn(TestBed.inject(BackupService), 'export').and.callThrough();
    const { $, type, submit, message } = await create();
    type('export-current', 'somebody guessing');
    type('export-passphrase', 'a good file passphrase');
    await submit('export-backup');
    await until(() => message() !== null, 'refused');
    expect(message()).toBe('lock.error.current');
    await until(() => vault.failedTries() === 1, 'the guess counted');
    expect($('[data-testid=export-current]')!.getAttribute('aria-describedby')).toBe(
      'backup-error',
    );
    expect(exporting).not.toHaveBeenCalled();
  });

  it('imports with the chosen mode; a wrong file passphrase is tied to its box', async () => {
    const file = await encodeBackup(
      { v: 1, createdAt: 1, notes: [], checklist: [], settings: {} },
      'file passphrase',
    );
    const importing = spyOn(TestBed.inject(BackupService), 'import').and.callThrough();
    const { $, type, submit, message } = await create();
    await submit('import-backup');
    expect(message()).toBe('backup.error.noFile');

    const chosen = new DataTransfer();
    chosen.items.add(new File([file], 'backup.json', { type: 'application/json' }));
    $('#import-file')!.files = chosen.files;
    type('import-passphrase', 'not the file passphrase');
    await submit('import-backup');
    await until(() => message() !== 'backup.error.noFile' && message() !== null, 'answered');
    expect(message()).toBe('backup.error.wrong-passphrase');
    expect($('#import-passphrase')!.getAttribute('aria-describedby')).toBe('backup-error');

    $('[data-testid=replace]')!.click();
    type('import-passphrase', 'file passphrase');
    await submit('import-backup');
    await until(() => message()?.startsWith('backup.imported') ?? false, 'imported');
    expect(importing.calls.mostRecent().args[2]).toBe('replace');
    expect($('#import-passphrase')!.value).toBe('');
  });
});
