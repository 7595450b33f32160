import { loadScriptFont } from './script-font';

describe('loadScriptFont', () => {
  function fakeDocument(load: (font: string, text: string) => Promise<unknown>): Document {
    return {
      fonts: { load },
      documentElement: document.documentElement,
      body: document.body,
      createElement: (tag: string) => document.createElement(tag),
      defaultView: window,
    } as unknown as Document;
  }

  it("asks for the script's font with text in the language, leaving the page as it is", async () => {
    const load = jasmine.createSpy('load').and.resolveTo([]);
    const before = document.documentElement.getAttribute('data-script');
    await loadScriptFont(fakeDocument(load), 'Arab', 'العربية');
    // src/styles.css names the family under [data-script='Arab'].
    expect(load).toHaveBeenCalledOnceWith(
      jasmine.stringMatching(/^1em .*Noto Naskh Arabic/),
      'العربية',
    );
    expect(document.documentElement.getAttribute('data-script')).toBe(before);
    expect(document.querySelector('span[data-script]')).withContext('probe removed').toBeNull();
  });

  it('stops waiting for a font that does not arrive', async () => {
    const started = performance.now();
    await loadScriptFont(
      fakeDocument(() => new Promise(() => undefined)),
      'Ethi',
      'ትግርኛ',
      50,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('carries on when the font fails to load (offline, not cached)', async () => {
    await expectAsync(
      loadScriptFont(
        fakeDocument(() => Promise.reject(new Error('offline'))),
        'Arab',
        'فارسی',
      ),
    ).toBeResolved();
  });
});
