import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AppDatabase } from '../../../core/db/app-db';
import { MIN_ACCEPTED_ITERATIONS } from '../../../core/crypto/envelope';
import { MIN_PASSPHRASE_LENGTH, Vault } from '../../../core/crypto/vault';
import { useRealVault } from '../../../../testing/real-vault';
import { until } from '../../../../testing/until';
import { LockSettings } from './lock-settings';

/** The passphrase forms of Settings against the real vault, IndexedDB and Web Crypto. */
describe('LockSettings', () => {
  const PASSPHRASE = 'orchard lamp seven';
  const real = useRealVault('lock-settings-spec', [provideRouter([])]);
  let vault: Vault;
  beforeEach(() => (vault = real.vault()));
  afterEach(() => localStorage.removeItem('ds.lockAfterMinutes'));

  async function create() {
    const fixture = TestBed.createComponent(LockSettings);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const $ = <E extends Element = HTMLInputElement>(selector: string) =>
      el.querySelector<E>(selector);
    const type = (id: string, value: string) => {
      const box = $(`#${id}`)!;
      box.value = value;
      box.dispatchEvent(new Event('input'));
    };
    const tick = (selector: string) => $(selector)!.click();
    const submit = async (testId: string) => {
      $<HTMLFormElement>(`[data-testid=${testId}]`)!.requestSubmit();
      await fixture.whenStable();
    };
    const text = (selector: string) => $<HTMLElement>(selector)?.textContent?.trim() ?? null;
    return { fixture, $, type, tick, submit, text };
  }

  /** A lock set straight through the vault, with the fewest rounds it accepts, to save time. */
  async function withLock(wipeAfterTen = false): Promise<void> {
    await vault.setPassphrase(PASSPHRASE, wipeAfterTen, MIN_ACCEPTED_ITERATIONS);
    await until(() => vault.state() === 'unlocked');
  }

  describe('setting a first passphrase', () => {
    it('refuses one that is too short, at its field, and stores nothing', async () => {
      const { $, type, tick, submit, text } = await create();
      type('new-passphrase', 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1));
      type('new-confirm', 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1));
      tick('[data-testid=understand]');
      await submit('set-passphrase');
      expect(text('#new-passphrase-error')).toBe('lock.error.short');
      expect($('#new-passphrase')!.getAttribute('aria-describedby')).toBe(
        'new-passphrase-error new-passphrase-strength',
      );
      expect(text('#new-confirm-error')).toBeNull();
      expect($('[data-testid=lock-error]')).toBeNull();
      expect(await TestBed.inject(AppDatabase).db.vault.count()).toBe(0);
    });

    it('refuses two passphrases that are not the same, at the second field', async () => {
      const { type, tick, submit, text } = await create();
      type('new-passphrase', PASSPHRASE);
      type('new-confirm', `${PASSPHRASE}!`);
      tick('[data-testid=understand]');
      await submit('set-passphrase');
      expect(text('#new-passphrase-error')).toBeNull();
      expect(text('#new-confirm-error')).toBe('lock.error.mismatch');
      expect(await TestBed.inject(AppDatabase).db.vault.count()).toBe(0);
    });

    it('asks for the "I understand" box before anything else is done', async () => {
      const { type, submit, text } = await create();
      type('new-passphrase', PASSPHRASE);
      type('new-confirm', PASSPHRASE);
      await submit('set-passphrase');
      expect(text('[data-testid=lock-error]')).toBe('lock.error.understand');
      expect(await TestBed.inject(AppDatabase).db.vault.count()).toBe(0);
    });

    it('sets the passphrase, with the 10-try wipe when asked', async () => {
      const { type, tick, submit, text } = await create();
      type('new-passphrase', PASSPHRASE);
      type('new-confirm', PASSPHRASE);
      tick('[data-testid=understand]');
      tick('[data-testid=set-passphrase] input[formcontrolname=wipeAfterTen]');
      await submit('set-passphrase');
      await until(() => text('[data-testid=lock-done]') !== null, 'done');
      expect(text('[data-testid=lock-done]')).toBe('lock.done.set');
      // The vault learns of its stored record through a live query, a moment after the write.
      await until(() => vault.state() === 'unlocked', 'unlocked');
      expect(vault.wipeAfterTen()).toBeTrue();
    });
  });

  describe('with a passphrase set', () => {
    it('a wrong current passphrase reaches the vault, is counted, and changes nothing', async () => {
      await withLock();
      const { $, type, submit, text } = await create();
      type('change-current', 'somebody guessing');
      type('change-passphrase', 'a new passphrase');
      type('change-confirm', 'a new passphrase');
      await submit('change-passphrase');
      await until(() => text('[data-testid=lock-error]') !== null, 'refused');
      expect(text('[data-testid=lock-error]')).toBe('lock.error.current');
      await until(() => vault.failedTries() === 1, 'the guess counted');
      // The refusal is tied to the box it concerns, and to no other.
      expect($('#change-current')!.getAttribute('aria-describedby')).toBe('lock-error');
      expect($('#remove-current')!.hasAttribute('aria-invalid')).toBeFalse();
      vault.lock();
      expect(await vault.unlock(PASSPHRASE)).toBe('unlocked');
    });

    it('a new passphrase too short or not repeated never reaches the vault', async () => {
      await withLock();
      const { type, submit, text } = await create();
      type('change-current', 'somebody guessing');
      type('change-passphrase', 'short');
      type('change-confirm', 'shorts');
      await submit('change-passphrase');
      expect(text('#change-passphrase-error')).toBe('lock.error.short');
      expect(text('#change-confirm-error')).toBe('lock.error.mismatch');
      // A guess sent to the vault would have been counted.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await TestBed.inject(AppDatabase).db.vault.get('vault'))?.failedTries).toBe(0);
    });

    it('changes the passphrase given the current one', async () => {
      await withLock();
      const { type, submit, text } = await create();
      type('change-current', PASSPHRASE);
      type('change-passphrase', 'a new passphrase');
      type('change-confirm', 'a new passphrase');
      await submit('change-passphrase');
      await until(() => text('[data-testid=lock-done]') !== null, 'done');
      vault.lock();
      expect(await vault.unlock('a new passphrase')).toBe('unlocked');
    });

    it('removing with a wrong current passphrase is refused; an empty one counts too', async () => {
      await withLock();
      const { $, type, submit, text } = await create();
      type('remove-current', 'somebody guessing');
      await submit('remove-passphrase');
      await until(() => text('[data-testid=lock-error]') !== null, 'refused');
      expect($('#remove-current')!.getAttribute('aria-describedby')).toBe('lock-error');
      type('remove-current', '');
      await submit('remove-passphrase');
      await until(() => vault.failedTries() === 2, 'both guesses counted');
      expect(vault.state()).toBe('unlocked');
    });

    it('the 10-try wipe asks for the current passphrase, and a wrong one puts the box back', async () => {
      await withLock();
      const { $, type, tick, submit, text } = await create();
      const wanted = $('[data-testid=wipe-ten]')!;
      const asking = () => !$('#wipe-current')!.closest<HTMLElement>('[hidden]');
      expect(wanted.checked).toBeFalse();
      expect(asking()).toBeFalse();
      tick('[data-testid=wipe-ten]');
      await until(asking, 'the current passphrase asked for');
      type('wipe-current', 'somebody guessing');
      await submit('wipe-after-ten');
      await until(() => text('[data-testid=lock-error]') !== null, 'refused');
      expect(wanted.checked).toBeFalse();
      expect(vault.wipeAfterTen()).toBeFalse();
      await until(() => !asking(), 'the question gone');

      tick('[data-testid=wipe-ten]');
      type('wipe-current', PASSPHRASE);
      await submit('wipe-after-ten');
      await until(() => vault.wipeAfterTen(), 'the wipe on');
      expect(text('[data-testid=lock-done]')).toBe('lock.done.wipeOn');
      expect(wanted.checked).toBeTrue();
      await until(() => !asking(), 'the question gone');
    });
  });
});
