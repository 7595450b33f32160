import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ConfirmDelete } from './confirm-delete';

describe('ConfirmDelete', () => {
  async function create() {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(ConfirmDelete);
    const deleted = jasmine.createSpy('deleted');
    fixture.componentRef.setInput('askKey', 'ask');
    fixture.componentRef.setInput('questionKey', 'question');
    fixture.componentRef.setInput('yesKey', 'yes');
    fixture.componentRef.setInput('startTestId', 'start');
    fixture.componentRef.setInput('confirmTestId', 'yes-button');
    fixture.componentInstance.confirmed.subscribe(deleted);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const click = async (selector: string) => {
      el.querySelector<HTMLButtonElement>(selector)!.click();
      await fixture.whenStable();
    };
    return { fixture, el, deleted, click };
  }

  it('asks before deleting, and deletes only on Yes', async () => {
    const { el, deleted, click } = await create();
    expect(el.querySelector('[data-testid=yes-button]')).toBeNull();
    await click('[data-testid=start]');
    expect(el.querySelector('[role=group]')?.getAttribute('aria-label')).toBe('question');
    expect(deleted).not.toHaveBeenCalled();
    await click('[data-testid=yes-button]');
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-testid=start]')).not.toBeNull();
  });

  it('Cancel, or the owner taking the question back, deletes nothing', async () => {
    const { fixture, el, deleted, click } = await create();
    await click('[data-testid=start]');
    await click('.button.secondary');
    expect(el.querySelector('[data-testid=start]')).not.toBeNull();
    await click('[data-testid=start]');
    fixture.componentInstance.cancel();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=yes-button]')).toBeNull();
    expect(deleted).not.toHaveBeenCalled();
  });
});
