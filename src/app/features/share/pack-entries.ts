import { ContentTexts } from '../../core/content/content-model';
import { Contact, Guide, Tip } from '../../core/content/content-store';
import { PackItem } from '../../shared/share/share-link';

/** One item of a reading list, ready to show: a contact's name is English whatever the page. */
export interface PackEntry {
  readonly kind: PackItem['kind'];
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** Set when the title is not in the page's language (organisation names). */
  readonly titleLang?: 'en';
}

/** Entries in the reader's language, from the content store's lists. */
export function localisedEntries(
  items: readonly PackItem[],
  lists: { tips: readonly Tip[]; guides: readonly Guide[]; contacts: readonly Contact[] },
): PackEntry[] {
  return items.flatMap((item): PackEntry[] => {
    const path = `/${item.kind}/${item.id}`;
    if (item.kind === 'contacts') {
      const contact = lists.contacts.find((c) => c.id === item.id);
      if (!contact) return [];
      return [
        { ...item, path, title: contact.name, summary: contact.text.helpsWith, titleLang: 'en' },
      ];
    }
    const found = (lists[item.kind] as readonly (Tip | Guide)[]).find((c) => c.id === item.id);
    return found ? [{ ...item, path, title: found.text.title, summary: found.text.summary }] : [];
  });
}

/** Entries in any language, from that language's texts (for a handout in the reader's language). */
export function entriesIn(
  items: readonly PackItem[],
  texts: ContentTexts,
  contactNames: ReadonlyMap<string, string>,
): PackEntry[] {
  return items.flatMap((item): PackEntry[] => {
    const path = `/${item.kind}/${item.id}`;
    if (item.kind === 'contacts') {
      const name = contactNames.get(item.id);
      const text = texts.contacts[item.id];
      return name && text
        ? [{ ...item, path, title: name, summary: text.helpsWith, titleLang: 'en' }]
        : [];
    }
    const text = texts[item.kind][item.id];
    return text ? [{ ...item, path, title: text.title, summary: text.summary }] : [];
  });
}
