import { ContentTexts } from '../../core/content/content-model';
import { Contact, Guide, TimelineEntry, Tip } from '../../core/content/content-store';

export type SearchKind = 'tip' | 'guide' | 'contact' | 'timeline' | 'note';

/** One place a result can open: a whole item, or one section of a tip or guide. */
export interface SearchDocument {
  /** `guides/subject-access-request#steps`: the same form as the ids in search-terms.json. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The page, e.g. `/guides/subject-access-request`. */
  readonly path: string;
  /** The element id the page gives the section, if the result is one section. */
  readonly fragment?: string;
  /** The item's title (or a contact's name) in the reader's language. */
  readonly title: string;
  /** Translation key of the section's heading, e.g. `guides.steps`. */
  readonly sectionKey?: string;
  /** The section's text in `lang`. */
  readonly text: string;
  readonly lang: string;
  /** The same section in English, when `lang` is not English: letters come in English. */
  readonly english: string;
  /** Official English terms and other words for this place (search-terms.json). */
  readonly terms: string;
}

/** `public/content/search-terms.json`. */
export interface SearchTerms {
  readonly groups: readonly {
    readonly terms: readonly string[];
    readonly ids: readonly string[];
  }[];
}

export interface SearchContent {
  readonly tips: readonly Tip[];
  readonly guides: readonly Guide[];
  readonly contacts: readonly Contact[];
  readonly timeline: readonly TimelineEntry[];
  /** English texts of everything, to find a page by the English words on a letter. */
  readonly english: ContentTexts;
  readonly terms: SearchTerms;
}

interface Part {
  readonly fragment?: string;
  readonly sectionKey?: string;
  readonly text: string;
  readonly english?: string;
}

const join = (lines: readonly string[] | string | undefined) =>
  (Array.isArray(lines) ? lines : [lines ?? '']).join('\n');

/** Every tip, tip section, guide, guide section, contact and timeline entry as a document. */
export function searchDocuments(content: SearchContent): SearchDocument[] {
  const terms = new Map<string, string[]>();
  for (const group of content.terms.groups) {
    for (const id of group.ids) terms.set(id, [...(terms.get(id) ?? []), ...group.terms]);
  }
  const en = content.english;
  const documents: SearchDocument[] = [];
  const add = (
    kind: Exclude<SearchKind, 'note'>,
    base: string,
    item: { id: string; lang: { code: string } },
    title: string,
    parts: Part[],
  ) => {
    for (const part of parts) {
      const id = `${base}/${item.id}${part.fragment && kind !== 'timeline' ? `#${part.fragment}` : ''}`;
      documents.push({
        id,
        kind,
        path: kind === 'timeline' ? '/timeline' : `/${base}/${item.id}`,
        fragment: part.fragment,
        title,
        sectionKey: part.sectionKey,
        text: part.text,
        lang: item.lang.code,
        english: item.lang.code === 'en' ? '' : (part.english ?? ''),
        terms: (terms.get(id) ?? []).join('\n'),
      });
    }
  };

  for (const tip of content.tips) {
    const english = en.tips[tip.id];
    add('tip', 'tips', tip, tip.text.title, [
      {
        text: tip.text.summary,
        english: `${english?.title}\n${english?.summary}`,
      },
      {
        fragment: 'why',
        sectionKey: 'tips.why',
        text: join(tip.text.why),
        english: join(english?.why),
      },
      {
        fragment: 'steps',
        sectionKey: 'tips.steps',
        text: join(tip.text.steps),
        english: join(english?.steps),
      },
    ]);
  }
  for (const guide of content.guides) {
    const english = en.guides[guide.id];
    const sections = ['audience', 'facts', 'steps', 'ask', 'nations'] as const;
    add('guide', 'guides', guide, guide.text.title, [
      { text: guide.text.summary, english: `${english?.title}\n${english?.summary}` },
      ...sections.map((section) => ({
        fragment: section,
        sectionKey: `guides.${section}`,
        text: join(guide.text[section]),
        english: join(english?.[section]),
      })),
    ]);
  }
  for (const contact of content.contacts) {
    const own = contact.text;
    const english = en.contacts[contact.id];
    const lines = (t: typeof own | undefined) =>
      join([t?.helpsWith ?? '', t?.hours ?? '', t?.note ?? '']);
    add('contact', 'contacts', contact, contact.name, [
      { text: lines(own).trim(), english: lines(english).trim() },
    ]);
  }
  for (const entry of content.timeline) {
    const english = en.timeline[entry.id];
    add('timeline', 'timeline', entry, entry.text.title, [
      {
        fragment: entry.id,
        text: entry.text.text,
        english: `${english?.title}\n${english?.text}`,
      },
    ]);
  }
  return documents;
}
