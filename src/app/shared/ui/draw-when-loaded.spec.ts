import { Component, Type, ViewContainerRef, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { until } from '../../../testing/until';
import { drawWhenLoaded } from './draw-when-loaded';

let made = 0;

@Component({ selector: 'app-late-part', template: '<p>late part</p>' })
class LatePart {
  constructor() {
    made++;
  }
}

let arrive: (component: Type<LatePart>) => void;

@Component({ selector: 'app-host', template: '<ng-container #slot />' })
class Host {
  private readonly slot = viewChild.required('slot', { read: ViewContainerRef });
  readonly drawn = drawWhenLoaded(
    this.slot,
    () => new Promise<Type<LatePart>>((resolve) => (arrive = resolve)),
  );
}

describe('drawWhenLoaded', () => {
  beforeEach(() => (made = 0));

  it('draws the component once its chunk arrives, after the first render', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    expect(fixture.componentInstance.drawn()).toBeFalse();
    arrive(LatePart);
    await until(() => fixture.componentInstance.drawn());
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('late part');
  });

  it('creates nothing once the host is gone', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    fixture.destroy();
    arrive(LatePart);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(made).toBe(0);
  });
});
