import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import { PassphraseField } from '../../../shared/ui/passphrase-field/passphrase-field';
import {
  newPassphraseControl,
  typedPassphraseControl,
} from '../../../shared/ui/passphrase-field/passphrase-form';
import {
  MIN_PASSPHRASE_LENGTH,
  Vault,
  VaultLocked,
  WrongPassphrase,
} from '../../../core/crypto/vault';
import { pluralForm } from '../../../core/content/freshness';
import { Language } from '../../../core/i18n/language';
import { localeOf } from '../../../core/i18n/languages';
import { ExitTarget } from '../../../core/safety/exit-target';
import { WINDOW } from '../../../core/tokens/browser';
import { BackupProblem, MAX_BACKUP_BYTES } from './backup-codec';
import { BackupService, ImportMode } from './backup-service';

type Message =
  | { kind: 'exported' }
  | { kind: 'imported'; count: number; skipped: readonly { key: string; count: number }[] }
  | { kind: 'error'; key: string };

@Component({
  selector: 'app-backup-settings',
  imports: [ReactiveFormsModule, TranslatePipe, PluralKeyPipe, PassphraseField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './backup-settings.html',
})
export class BackupSettings {
  private readonly backup = inject(BackupService);
  private readonly window = inject(WINDOW);
  private readonly language = inject(Language);
  protected readonly vault = inject(Vault);
  /** An exit address the backup carried waits in Quick exit; the report points there. */
  protected readonly exitTarget = inject(ExitTarget);
  protected readonly busy = signal(false);
  protected readonly message = signal<Message | null>(null);
  protected readonly minLength = MIN_PASSPHRASE_LENGTH;

  /** With a lock set, exporting asks for the current passphrase (issue 15, finding 3). */
  protected readonly exportForm = new FormGroup({
    current: typedPassphraseControl(),
    passphrase: newPassphraseControl(),
  });
  protected readonly importForm = new FormGroup({
    passphrase: typedPassphraseControl(),
    mode: new FormControl<ImportMode>('merge', { nonNullable: true }),
  });
  /** A file input has no form control in @angular/forms: the file is read from the element. */
  private readonly importInput = viewChild.required<ElementRef<HTMLInputElement>>('importInput');

  /** The id of the message, when it is the given refusal, for the field it concerns. */
  protected refusedBy(key: string): string | null {
    const message = this.message();
    return message?.kind === 'error' && message.key === key ? 'backup-error' : null;
  }

  protected async exportFile(): Promise<void> {
    const { current, passphrase } = this.exportForm.controls;
    this.exportForm.markAllAsTouched();
    if (passphrase.invalid) {
      this.message.set(null);
      return;
    }
    await this.run(async () => {
      await this.vault.confirm(current.value);
      current.reset();
      const blob = await this.backup.export(passphrase.value);
      const url = URL.createObjectURL(blob);
      const link = this.window.document.createElement('a');
      link.href = url;
      // A neutral name: a downloads list should not say what the app is (finding 8).
      link.download = 'backup.json';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      passphrase.reset();
      this.message.set({ kind: 'exported' });
    });
  }

  protected async importFile(): Promise<void> {
    const { passphrase, mode } = this.importForm.controls;
    const chosen = this.importInput().nativeElement.files?.[0];
    if (!chosen) {
      this.message.set({ kind: 'error', key: 'backup.error.noFile' });
      return;
    }
    if (chosen.size > MAX_BACKUP_BYTES) {
      this.message.set({ kind: 'error', key: 'backup.error.too-big' });
      return;
    }
    await this.run(async () => {
      const report = await this.backup.import(await chosen.text(), passphrase.value, mode.value);
      passphrase.reset();
      const locale = localeOf(this.language.current());
      // "3 notes could not be read and were skipped", in the plural form the language needs.
      const skipped = (['notes', 'ticks'] as const)
        .map((what) => ({ what, count: report.skipped[what] }))
        .filter(({ count }) => count > 0)
        .map(({ what, count }) => ({
          key: `backup.skipped.${what}.${pluralForm(count, locale)}`,
          count,
        }));
      this.message.set({ kind: 'imported', count: report.imported, skipped });
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof WrongPassphrase && error.wiped) {
        this.window.location.replace('/');
        return;
      }
      console.error(error);
      const key =
        error instanceof WrongPassphrase
          ? 'lock.error.current'
          : error instanceof BackupProblem
            ? `backup.error.${error.problem}`
            : error instanceof VaultLocked
              ? 'backup.error.locked'
              : 'backup.error.failed';
      this.message.set({ kind: 'error', key });
    } finally {
      this.busy.set(false);
    }
  }
}
