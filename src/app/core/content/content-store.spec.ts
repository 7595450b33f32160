import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import ar from '../../../../public/content/ar.json';
import en from '../../../../public/content/en.json';
import meta from '../../../../public/content/meta.json';
import { FakeStaticJson, provideFakeStaticJson } from '../../../testing/fake-static-json';
import { until } from '../../../testing/until';
import { Language } from '../i18n/language';
import { LanguageInfo, findLanguage } from '../i18n/languages';
import { ContentStore } from './content-store';

const language = (code: string) => findLanguage(code)!;

/** The real content files from `public/`, served without a network; `missing` ones fail. */
function setup(files: Record<string, unknown> = {}, missing: string[] = []) {
  const json = new FakeStaticJson({
    'content/meta.json': meta,
    'content/en.json': en,
    'content/ar.json': ar,
    ...files,
  });
  missing.forEach((url) => json.remove(url));
  const current = signal<LanguageInfo>(language('en'));
  TestBed.configureTestingModule({
    providers: [provideFakeStaticJson(json), { provide: Language, useValue: { current } }],
  });
  return { store: TestBed.inject(ContentStore), json, current };
}

describe('ContentStore', () => {
  it('loads the catalogue and the reader’s language, then is ready', async () => {
    const { store, json, current } = setup();
    current.set(language('ar'));
    expect(store.state()).toBe('loading');
    expect(store.tips()).toEqual([]);
    await until(() => store.state() === 'ready');

    const tip = store.tips().find((t) => t.id === 'know-your-rights')!;
    expect(tip.text.title).toBe(ar.tips['know-your-rights'].title);
    expect(tip.lang.code).toBe('ar');
    expect(store.tips().length).toBe(meta.tips.length);
    expect(store.contentVersion()).toBe(meta.contentVersion);
    expect(json.requests).toEqual(
      jasmine.arrayWithExactContents(['content/meta.json', 'content/en.json', 'content/ar.json']),
    );
  });

  it('shows an item not translated yet in English, and says so', async () => {
    const { tips, ...rest } = ar;
    const { ['know-your-rights']: untranslated, ...others } = tips;
    expect(untranslated).toBeDefined();
    const { store, current } = setup({ 'content/ar.json': { ...rest, tips: others } });
    current.set(language('ar'));
    await until(() => store.state() === 'ready');

    const tip = store.tips().find((t) => t.id === 'know-your-rights')!;
    expect(tip.lang.code).toBe('en');
    expect(tip.text.title).toBe(en.tips['know-your-rights'].title);
    expect(store.tips().find((t) => t.id === 'ask-for-your-data')!.lang.code).toBe('ar');
  });

  it('falls back to English when the language file cannot load (offline first visit)', async () => {
    const { store, current } = setup();
    current.set(language('fr'));
    await until(() => store.state() === 'ready');
    expect(store.tips().every((tip) => tip.lang.code === 'en')).toBeTrue();
    expect(store.tips()[0].text.title).toBe(en.tips[meta.tips[0].id as 'know-your-rights'].title);
  });

  it('keeps the page on the old language while the new one loads, then switches', async () => {
    const { store, json, current } = setup();
    await until(() => store.state() === 'ready');
    json.hold();
    current.set(language('ar'));
    await until(() => json.requests.includes('content/ar.json'));
    expect(store.state()).toBe('ready');
    expect(store.tips()[0].lang.code).toBe('en');

    json.release();
    await until(() => store.tips()[0]?.lang.code === 'ar', 'switched to Arabic');
    expect(store.state()).toBe('ready');
  });

  it('ends on the last language asked for when an earlier file answers late', async () => {
    const { store, json, current } = setup();
    await until(() => store.state() === 'ready');
    json.hold();
    current.set(language('ar'));
    await until(() => json.requests.includes('content/ar.json'));
    current.set(language('en'));
    json.release();
    await json.get('content/ar.json');
    await until(() => store.tips()[0]?.lang.code === 'en', 'English, the last one asked for');
    // Give a late Arabic answer every chance to land before checking it did not.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.tips()[0].lang.code).toBe('en');
  });

  for (const file of ['content/meta.json', 'content/en.json']) {
    it(`fails when ${file} cannot load`, async () => {
      const { store, current } = setup({}, [file]);
      current.set(language('ar'));
      await until(() => store.state() !== 'loading');
      expect(store.state()).toBe('failed');
      expect(store.tips()).toEqual([]);
    });
  }

  it('tells a server error from a file the phone could not get', async () => {
    const missing = setup({}, ['content/meta.json']);
    await until(() => missing.store.state() === 'failed');
    expect(missing.store.failureKey()).toBe('content.failed');

    TestBed.resetTestingModule();
    const broken = setup();
    broken.json.failWith('content/en.json', 503);
    await until(() => broken.store.state() === 'failed');
    expect(broken.store.failureKey()).toBe('content.serverFailed');
  });

  it('loads what failed, and the reader’s own texts, once the phone is back online', async () => {
    const { store, json, current } = setup({}, ['content/meta.json', 'content/ar.json']);
    current.set(language('ar'));
    await until(() => store.state() === 'failed');

    json.serve('content/meta.json', meta);
    json.serve('content/ar.json', ar);
    window.dispatchEvent(new Event('online'));
    await until(() => store.state() === 'ready' && store.tips()[0]?.lang.code === 'ar');
  });

  it('puts urgent contacts first in catalogue order, then the rest by name', async () => {
    const { store } = setup();
    await until(() => store.state() === 'ready');
    const contacts = store.contacts();
    const urgent = meta.contacts.filter((c) => c.urgent).map((c) => c.id);
    expect(contacts.slice(0, urgent.length).map((c) => c.id)).toEqual(urgent);
    const others = contacts.slice(urgent.length).map((c) => c.name);
    expect(others).toEqual([...others].sort((a, b) => a.localeCompare(b)));
    expect(contacts.length).toBe(meta.contacts.length);
  });

  it('orders the timeline by date', async () => {
    const { store } = setup();
    await until(() => store.state() === 'ready');
    const dates = store.timeline().map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBe(meta.timeline.length);
  });

  it('finds the items another points to, in its order, and labels topics', async () => {
    const { store, current } = setup();
    current.set(language('ar'));
    await until(() => store.state() === 'ready');
    const related = store.related({ tips: ['ask-for-your-data', 'know-your-rights', 'nope'] });
    expect(related.tips.map((tip) => tip.id)).toEqual(['ask-for-your-data', 'know-your-rights']);
    expect(related.guides).toEqual([]);
    const topic = Object.keys(ar.topics)[0] as keyof typeof ar.topics;
    expect(store.topicLabel(topic)).toBe(ar.topics[topic]);
  });

  describe('textsIn', () => {
    it('gives a language’s texts, or English and the missing language', async () => {
      const { store, json } = setup();
      const arabic = await store.textsIn('ar');
      expect(arabic.lang.code).toBe('ar');
      expect(arabic.missing).toBeNull();
      expect(arabic.texts.tips['know-your-rights'].title).toBe(ar.tips['know-your-rights'].title);

      const french = await store.textsIn('fr');
      expect(french.lang.code).toBe('en');
      expect(french.missing?.code).toBe('fr');
      expect(french.texts.tips['know-your-rights'].title).toBe(en.tips['know-your-rights'].title);

      // Back online: the failure was not remembered.
      json.serve('content/fr.json', ar);
      const later = await store.textsIn('fr');
      expect(later.lang.code).toBe('fr');
      expect(later.missing).toBeNull();
    });

    it('rejects only when English cannot load either', async () => {
      const { store, json } = setup();
      json.remove('content/en.json');
      await expectAsync(store.textsIn('fr')).toBeRejected();
    });
  });
});
