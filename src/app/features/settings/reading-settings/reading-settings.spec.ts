import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { applyReadingComfort } from '../../../core/settings/reading-comfort';
import { ReadingSettings } from './reading-settings';

describe('ReadingSettings', () => {
  const html = document.documentElement;
  const sheet = () => document.getElementById('contrast') as HTMLLinkElement | null;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  });

  afterEach(() => {
    sheet()?.remove();
    html.style.fontSize = '';
    localStorage.removeItem('ds.textSize');
    localStorage.removeItem('ds.contrast');
  });

  function render() {
    const fixture = TestBed.createComponent(ReadingSettings);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const input = (id: string) => element.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
    return { fixture, input };
  }

  it('offers three text sizes and keeps the choice on the device', () => {
    const { input } = render();
    expect(input('text-size-100').checked).toBeTrue();
    input('text-size-150').click();
    expect(localStorage.getItem('ds.textSize')).toBe('150');
    expect(html.style.fontSize).toBe('150%');
    input('text-size-125').click();
    expect(html.style.fontSize).toBe('125%');
    input('text-size-100').click();
    expect(html.style.fontSize).toBe('');
    expect(localStorage.getItem('ds.textSize')).toBe('100');
  });

  it('turns the high-contrast sheet on and off, and remembers it', () => {
    const { input } = render();
    expect(input('high-contrast').checked).toBeFalse();
    // Not linked, so not fetched, until chosen.
    expect(sheet()).toBeNull();
    input('high-contrast').click();
    expect(sheet()!.disabled).toBeFalse();
    expect(sheet()!.getAttribute('href')).toBe('contrast.css');
    expect(localStorage.getItem('ds.contrast')).toBe('high');
    input('high-contrast').click();
    expect(sheet()!.disabled).toBeTrue();
    expect(localStorage.getItem('ds.contrast')).toBe('normal');
    input('high-contrast').click();
    expect(document.querySelectorAll('#contrast').length).toBe(1);
  });

  it('shows the stored choices', () => {
    localStorage.setItem('ds.textSize', '125');
    localStorage.setItem('ds.contrast', 'high');
    const { input } = render();
    expect(input('text-size-125').checked).toBeTrue();
    expect(input('high-contrast').checked).toBeTrue();
  });

  it('applies the stored choices before Angular starts, as main.ts does', async () => {
    await applyReadingComfort(document, null, false);
    expect(sheet()).toBeNull();
    // Angular's first screen waits for the sheet (main.ts), so it is already high contrast.
    await applyReadingComfort(document, '150', true);
    expect(html.style.fontSize).toBe('150%');
    expect(sheet()!.disabled).toBeFalse();
    expect(sheet()!.sheet).withContext('loaded').not.toBeNull();
    await applyReadingComfort(document, null, false);
    expect(html.style.fontSize).toBe('');
    expect(sheet()!.disabled).toBeTrue();
  });
});
