import { formatIsoDate, prepareDateFormat } from './date-format';

describe('prepareDateFormat', () => {
  /** A window whose idle callbacks wait until the test runs them. */
  function idleWindow() {
    const waiting: (() => void)[] = [];
    const requestIdleCallback = jasmine
      .createSpy('requestIdleCallback')
      .and.callFake((callback: () => void) => waiting.push(callback));
    return { window: { requestIdleCallback } as unknown as Window, requestIdleCallback, waiting };
  }

  it("creates the locale's full-date formatter when idle, and the first date drawn reuses it", () => {
    const { window, requestIdleCallback, waiting } = idleWindow();
    // A locale no other spec formats in, so the formatter cache cannot hold it already.
    prepareDateFormat(window, 'sq-AL');
    expect(requestIdleCallback).toHaveBeenCalledOnceWith(jasmine.any(Function), {
      timeout: 2000,
    });
    const created = spyOn(Intl, 'DateTimeFormat').and.callThrough();
    waiting.forEach((run) => run());
    expect(created).toHaveBeenCalledTimes(1);
    created.calls.reset();
    expect(formatIsoDate('2026-12-05', 'sq-AL')).toContain('2026');
    expect(created).not.toHaveBeenCalled();
  });

  it('does nothing with no window or no requestIdleCallback (the server, Safari)', () => {
    const created = spyOn(Intl, 'DateTimeFormat').and.callThrough();
    expect(() => prepareDateFormat(null, 'vi')).not.toThrow();
    expect(() => prepareDateFormat({} as Window, 'vi')).not.toThrow();
    expect(created).not.toHaveBeenCalled();
  });
});
