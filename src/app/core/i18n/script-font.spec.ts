import { loadScriptFont } from './script-font';

describe('loadScriptFont', () => {
  function fakeDocument(load: (font: string, text: string) => Promise<unknown>): Document {
    return {
      fonts: { load },
      documentElement: document.documentElement,
      defaultView: window,
    } as unknown as Document;
  }

  it('asks for the page font with text in the language script', async () => {
    const load = jasmine.createSpy('load').and.resolveTo([]);
    await loadScriptFont(fakeDocument(load), 'العربية');
    expect(load).toHaveBeenCalledOnceWith(jasmine.stringMatching(/^1em /), 'العربية');
  });

  it('stops waiting for a font that does not arrive', async () => {
    const started = performance.now();
    await loadScriptFont(
      fakeDocument(() => new Promise(() => undefined)),
      'ትግርኛ',
      50,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('carries on when the font fails to load (offline, not cached)', async () => {
    await expectAsync(
      loadScriptFont(
        fakeDocument(() => Promise.reject(new Error('offline'))),
        'فارسی',
      ),
    ).toBeResolved();
  });
});
