import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';

/**
 * Waits until `condition` holds (it may itself read IndexedDB), ticking the app so signals fed by
 * IndexedDB (liveQuery answers after its transaction commits) can settle; fails the spec if it
 * never does. Never assume.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what = 'condition reached',
): Promise<void> {
  const app = TestBed.inject(ApplicationRef);
  for (let i = 0; i < 300 && !(await condition()); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    app.tick();
  }
  expect(await condition())
    .withContext(what)
    .toBeTrue();
}
