import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import { Vault, WIPE_AFTER_TRIES } from '../../../core/crypto/vault';
import { WINDOW } from '../../../core/tokens/browser';

/** Asks for the passphrase. A wrong one changes nothing unless the reader chose wipe-after-10. */
@Component({
  selector: 'app-unlock-form',
  imports: [TranslatePipe, PluralKeyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unlock-form.html',
})
export class UnlockForm {
  protected readonly vault = inject(Vault);
  private readonly window = inject(WINDOW);
  protected readonly busy = signal(false);
  protected readonly wrong = signal(false);
  protected readonly limit = WIPE_AFTER_TRIES;

  protected async unlock(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    if (!input.value || this.busy()) return;
    this.busy.set(true);
    let result: Awaited<ReturnType<Vault['unlock']>>;
    try {
      result = await this.vault.unlock(input.value);
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
    input.value = '';
    if (result === 'wrong') input.focus();
  }
}
