import { TestBed } from '@angular/core/testing';
import { MIN_ACCEPTED_ITERATIONS } from '../../../core/crypto/envelope';
import { Vault } from '../../../core/crypto/vault';
import { useRealVault } from '../../../../testing/real-vault';
import { until } from '../../../../testing/until';
import { UnlockForm } from './unlock-form';

/** The unlock form against the real vault, real IndexedDB and real Web Crypto. */
describe('UnlockForm', () => {
  const PASSPHRASE = 'river stone lantern';
  const real = useRealVault('unlock-form-spec');
  let vault: Vault;

  beforeEach(async () => {
    vault = real.vault();
    await vault.setPassphrase(PASSPHRASE, false, MIN_ACCEPTED_ITERATIONS);
    vault.lock();
    await until(() => vault.state() === 'locked');
  });

  async function create() {
    const fixture = TestBed.createComponent(UnlockForm);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const box = el.querySelector<HTMLInputElement>('#unlock-passphrase')!;
    const tryPassphrase = async (value: string) => {
      box.value = value;
      box.dispatchEvent(new Event('input'));
      el.querySelector('form')!.requestSubmit();
      await fixture.whenStable();
    };
    const error = () => el.querySelector('[data-testid=unlock-error]');
    return { el, box, tryPassphrase, error };
  }

  it('a wrong passphrase is counted, said, tied to the box, and the box is ready again', async () => {
    const { box, tryPassphrase, error } = await create();
    await tryPassphrase('not the passphrase');
    await until(() => error() !== null, 'the refusal shown');
    await until(() => vault.failedTries() === 1, 'the try counted');
    expect(error()?.textContent).toContain('lock.wrong');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('unlock-error');
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(vault.state()).toBe('locked');
  });

  it('nothing typed is not a guess: no count, no message', async () => {
    const { el, tryPassphrase, error } = await create();
    await tryPassphrase('');
    expect(el.querySelector('button')!.disabled).toBeFalse();
    expect(vault.failedTries()).toBe(0);
    expect(error()).toBeNull();
  });

  it('the right passphrase unlocks', async () => {
    const { tryPassphrase } = await create();
    await tryPassphrase(PASSPHRASE);
    await until(() => vault.state() === 'unlocked', 'unlocked');
  });
});
