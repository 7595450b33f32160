import { isQuotaError } from './db-errors';

describe('isQuotaError', () => {
  it('sees a quota error directly or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBeTrue();
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBeTrue();
  });

  it('does not mistake other errors for a full disk', () => {
    expect(isQuotaError(new Error('x'))).toBeFalse();
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBeFalse();
    expect(isQuotaError(null)).toBeFalse();
  });
});
