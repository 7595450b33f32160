import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import ar from '../../../../public/content/ar.json';
import en from '../../../../public/content/en.json';
import meta from '../../../../public/content/meta.json';
import terms from '../../../../public/content/search-terms.json';
import { FakeStaticJson, provideFakeStaticJson } from '../../../testing/fake-static-json';
import { until } from '../../../testing/until';
import { Vault } from '../../core/crypto/vault';
import { APP_DB_NAME, AppDatabase } from '../../core/db/app-db';
import { Language } from '../../core/i18n/language';
import { LanguageInfo, findLanguage } from '../../core/i18n/languages';
import { NotesStore } from '../../core/notes/notes-store';
import { ContentSearch } from './content-search';

const ids = (hits: readonly { document: { id: string } }[]) => hits.map((hit) => hit.document.id);

describe('ContentSearch (real content files, real IndexedDB for notes)', () => {
  let name: string;
  let json: FakeStaticJson;
  let current: ReturnType<typeof signal<LanguageInfo>>;

  function setup(code: string, missing: string[] = []) {
    json = new FakeStaticJson({
      'content/meta.json': meta,
      'content/en.json': en,
      'content/ar.json': ar,
      'content/search-terms.json': terms,
    });
    missing.forEach((url) => json.remove(url));
    current = signal(findLanguage(code)!);
    name = `search-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({
      providers: [
        provideFakeStaticJson(json),
        { provide: Language, useValue: { current } },
        { provide: APP_DB_NAME, useValue: name },
      ],
    });
    return TestBed.inject(ContentSearch);
  }

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
  });

  it('is not ready, and finds nothing, until the content and the terms have loaded', async () => {
    const search = setup('en');
    json.hold();
    expect(search.ready()).toBeFalse();
    expect(search.search('evisa').hits).toEqual([]);
    json.release();
    await until(() => search.ready(), 'search ready');
    expect(ids(search.search('evisa').hits)).toContain('guides/evisa-and-share-codes');
  });

  it('finds an Arabic page by its Arabic words and by the English words on a letter', async () => {
    const search = setup('ar');
    await until(() => search.ready(), 'search ready');
    const title = ar.guides['evisa-and-share-codes'].title;
    const byTitle = search.search(title).hits;
    expect(ids(byTitle)[0]).toMatch(/^guides\/evisa-and-share-codes/);
    expect(byTitle[0].document.lang).toBe('ar');

    const byEnglish = search.search('share code').hits;
    const hit = byEnglish.find((h) => h.document.id === 'guides/evisa-and-share-codes#steps');
    expect(hit?.document.title).withContext(ids(byEnglish).join(', ')).toBe(title);
  });

  it('follows the reader to a new language', async () => {
    const search = setup('en');
    await until(() => search.ready(), 'search ready');
    current.set(findLanguage('ar')!);
    await until(
      () => search.search('share code').hits[0]?.document.lang === 'ar',
      'results in Arabic',
    );
  });

  it('finds a page by an official term, and says which', async () => {
    const search = setup('en');
    await until(() => search.ready(), 'search ready');
    const nrpf = search.search('NRPF').hits;
    expect(nrpf.find((h) => h.document.id === 'guides/police-and-abuse#facts')?.term).toBe('NRPF');
  });

  it('without the terms file, still finds pages by their own words', async () => {
    const search = setup('en', ['content/search-terms.json']);
    await until(() => search.ready(), 'search ready without the terms');
    expect(search.search('NRPF').hits.some((h) => h.term)).toBeFalse();
    expect(ids(search.search('NRPF').hits)).not.toContain('guides/police-and-abuse#facts');
    expect(ids(search.search('evisa').hits)).toContain('guides/evisa-and-share-codes');
  });

  it('searches open notes, and says when sealed notes were not searched', async () => {
    const search = setup('en');
    const notes = TestBed.inject(NotesStore);
    const vault = TestBed.inject(Vault);
    await until(() => search.ready() && vault.state() === 'none', 'search and vault ready');
    await notes.save({ text: 'Landlord visit on Tuesday\nbring the share code' });
    await until(() => search.search('landlord').notes.length === 1, 'note found');
    const found = search.search('landlord');
    expect(found.notesLocked).toBeFalse();
    expect(found.notes[0].document.title).toBe('Landlord visit on Tuesday');
    expect(found.notes[0].document.path).toMatch(/^\/notes\//);

    await vault.setPassphrase('a long enough passphrase', false);
    vault.lock();
    await until(() => vault.state() === 'locked', 'locked');
    const locked = search.search('landlord');
    expect(locked.notesLocked).toBeTrue();
    expect(locked.notes).toEqual([]);
  });

  it('fails soft: no content means not ready, never a thrown search', async () => {
    const search = setup('en', ['content/meta.json']);
    await until(() => json.requests.includes('content/meta.json'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(search.ready()).toBeFalse();
    expect(search.search('evisa')).toEqual({ hits: [], notes: [], notesLocked: false });
  });
});
