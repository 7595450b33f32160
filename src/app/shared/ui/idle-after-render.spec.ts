import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../../core/tokens/browser';
import { injectIdleAfterRender } from './idle-after-render';

@Component({
  selector: 'app-idle-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>first</p>
    @if (idle()) {
      <p class="late">late</p>
    }`,
})
class IdleHost {
  readonly ready = signal(false);
  readonly idle = injectIdleAfterRender(() => this.ready());
}

/** Resolves after the browser has been idle once (and so after the helper's own idle callback). */
const browserIdle = () => new Promise((done) => requestIdleCallback(done));

describe('injectIdleAfterRender', () => {
  async function create(window: Window = globalThis.window) {
    TestBed.configureTestingModule({ providers: [{ provide: WINDOW, useValue: window }] });
    const fixture = TestBed.createComponent(IdleHost);
    await fixture.whenStable();
    const late = () => (fixture.nativeElement as HTMLElement).querySelector('.late');
    return { fixture, late };
  }

  it('draws the late part only after the page is ready and the browser then idle', async () => {
    const { fixture, late } = await create();
    await browserIdle();
    await fixture.whenStable();
    expect(late()).withContext('not ready yet').toBeNull();

    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    expect(fixture.componentInstance.idle()).withContext('before the browser is idle').toBeFalse();
    await browserIdle();
    await fixture.whenStable();
    expect(late()?.textContent).toBe('late');
  });

  it('waits one timer tick where the engine has no requestIdleCallback', async () => {
    const noIdle = {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
    } as unknown as Window;
    const { fixture, late } = await create(noIdle);
    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    await new Promise((done) => setTimeout(done, 20));
    await fixture.whenStable();
    expect(late()).not.toBeNull();
  });

  it('draws the rest at once when the page is printed, ready or not', async () => {
    const { fixture, late } = await create();
    window.dispatchEvent(new Event('beforeprint'));
    // No wait: the browser lays out the printout right after the event.
    expect(late()?.textContent).toBe('late');
    fixture.destroy();
  });

  it('draws nothing after the page is gone', async () => {
    const { fixture } = await create();
    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    const idle = fixture.componentInstance.idle;
    fixture.destroy();
    await browserIdle();
    expect(idle()).toBeFalse();
  });
});
