import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../plural-key-pipe';
import { PassphraseField } from '../passphrase-field/passphrase-field';
import { typedPassphraseControl } from '../passphrase-field/passphrase-form';
import { Vault, WIPE_AFTER_TRIES } from '../../../core/crypto/vault';
import { WINDOW } from '../../../core/tokens/browser';

/** Asks for the passphrase. A wrong one changes nothing unless the reader chose wipe-after-10. */
@Component({
  selector: 'app-unlock-form',
  imports: [ReactiveFormsModule, TranslatePipe, PluralKeyPipe, PassphraseField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unlock-form.html',
})
export class UnlockForm {
  protected readonly vault = inject(Vault);
  private readonly window = inject(WINDOW);
  private readonly field = viewChild.required(PassphraseField);
  protected readonly busy = signal(false);
  protected readonly wrong = signal(false);
  protected readonly limit = WIPE_AFTER_TRIES;
  protected readonly form = new FormGroup({ passphrase: typedPassphraseControl() });

  protected async unlock(): Promise<void> {
    const passphrase = this.form.controls.passphrase;
    // Nothing typed is not a guess: it neither counts nor says "wrong".
    if (!passphrase.value || this.busy()) return;
    this.busy.set(true);
    let result: Awaited<ReturnType<Vault['unlock']>>;
    try {
      result = await this.vault.unlock(passphrase.value);
    } catch (error) {
      console.error(error);
      result = 'wrong';
    } finally {
      this.busy.set(false);
    }
    if (result === 'wiped') {
      this.window.location.replace('/');
      return;
    }
    this.wrong.set(result === 'wrong');
    passphrase.reset();
    if (result === 'wrong') this.field().focus();
  }
}
