import { firstScreenWaitsForContent } from './content-files';

describe('firstScreenWaitsForContent', () => {
  it('is false for home, with or without a query, a fragment or a slash', () => {
    for (const path of ['', '/', '?lang=ar', '/?lang=fa', '#main', '?lang=ar#main']) {
      expect(firstScreenWaitsForContent(path)).withContext(path).toBeFalse();
    }
  });

  it('is true for every other first screen', () => {
    for (const path of [
      '/tips',
      '/tips/protect-your-phone?lang=ar',
      '/guides/x#steps',
      '/contacts/',
    ]) {
      expect(firstScreenWaitsForContent(path)).withContext(path).toBeTrue();
    }
  });
});
