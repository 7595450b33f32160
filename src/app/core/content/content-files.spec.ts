import { startsAtHome } from './content-files';

describe('startsAtHome', () => {
  it('is true for home, with or without a query, a fragment or a slash', () => {
    for (const path of ['', '/', '?lang=ar', '/?lang=fa', '#main', '?lang=ar#main']) {
      expect(startsAtHome(path)).withContext(path).toBeTrue();
    }
  });

  it('is false for every other first screen', () => {
    for (const path of [
      '/tips',
      '/tips/protect-your-phone?lang=ar',
      '/guides/x#steps',
      '/contacts/',
    ]) {
      expect(startsAtHome(path)).withContext(path).toBeFalse();
    }
  });
});
