import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../../core/tokens/browser';
import { injectIdleSteps } from './idle-after-render';

@Component({
  selector: 'app-idle-steps-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (item of shown(); track item) {
    <p class="item">{{ item }}</p>
  }`,
})
class IdleStepsHost {
  readonly ready = signal(false);
  readonly items = signal(Array.from({ length: 12 }, (_, i) => i));
  readonly drawn = injectIdleSteps(
    () => this.ready(),
    () => this.items().length,
    5,
  );
  readonly shown = computed(() => this.items().slice(0, this.drawn()));
}

/** Resolves after the browser has been idle once (and so after the helper's own idle callback). */
const browserIdle = () => new Promise((done) => requestIdleCallback(done));

describe('injectIdleSteps', () => {
  async function create(window: Window = globalThis.window) {
    TestBed.configureTestingModule({ providers: [{ provide: WINDOW, useValue: window }] });
    const fixture = TestBed.createComponent(IdleStepsHost);
    await fixture.whenStable();
    const count = () => (fixture.nativeElement as HTMLElement).querySelectorAll('.item').length;
    /** One idle moment of the browser, then the render it asked for. */
    const idleThenRender = async () => {
      await browserIdle();
      await fixture.whenStable();
    };
    return { fixture, count, idleThenRender };
  }

  it('draws a step at each idle moment once ready, then the whole list, later items too', async () => {
    const { fixture, count, idleThenRender } = await create();
    await idleThenRender();
    expect(count()).withContext('not ready yet').toBe(0);

    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    expect(count()).withContext('before the browser is idle').toBe(0);
    await idleThenRender();
    expect(count()).withContext('first step').toBe(5);
    await idleThenRender();
    expect(count()).withContext('second step').toBe(10);
    await idleThenRender();
    expect(count()).withContext('the rest').toBe(12);
    expect(fixture.componentInstance.drawn()).toBe(Infinity);

    // Done: a longer list (a filter lifted) is drawn whole, with no more waiting.
    fixture.componentInstance.items.set(Array.from({ length: 30 }, (_, i) => i));
    await fixture.whenStable();
    expect(count()).toBe(30);
  });

  it('waits one timer tick a step where the engine has no requestIdleCallback', async () => {
    const ticks = jasmine.createSpy('setTimeout').and.callFake(window.setTimeout.bind(window));
    const noIdle = {
      setTimeout: ticks,
      clearTimeout: window.clearTimeout.bind(window),
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
    } as unknown as Window;
    const { fixture, count } = await create(noIdle);
    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    await new Promise((done) => setTimeout(done, 50));
    await fixture.whenStable();
    expect(count()).toBe(12);
    // One tick a step: 5, 10, then the rest.
    expect(ticks).toHaveBeenCalledTimes(3);
  });

  it('finishes at the next step when the list shrinks below it, and then draws it whole', async () => {
    const { fixture, count, idleThenRender } = await create();
    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    await idleThenRender();
    expect(count()).toBe(5);
    fixture.componentInstance.items.set(Array.from({ length: 7 }, (_, i) => i));
    await idleThenRender();
    expect(count()).toBe(7);
    fixture.componentInstance.items.set(Array.from({ length: 12 }, (_, i) => i));
    await fixture.whenStable();
    expect(count()).toBe(12);
  });

  it('draws the whole list when printed before the page is ready', async () => {
    const { fixture, count } = await create();
    window.dispatchEvent(new Event('beforeprint'));
    expect(count()).toBe(12);
    fixture.destroy();
  });

  it('draws the whole list at once when printed part-way', async () => {
    const { fixture, count, idleThenRender } = await create();
    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    await idleThenRender();
    expect(count()).toBe(5);
    window.dispatchEvent(new Event('beforeprint'));
    expect(count()).toBe(12);
    fixture.destroy();
  });

  it('stops stepping when the page is gone', async () => {
    const { fixture, idleThenRender } = await create();
    fixture.componentInstance.ready.set(true);
    await fixture.whenStable();
    await idleThenRender();
    const drawn = fixture.componentInstance.drawn;
    expect(drawn()).toBe(5);
    fixture.destroy();
    await browserIdle();
    await browserIdle();
    expect(drawn()).toBe(5);
  });
});
