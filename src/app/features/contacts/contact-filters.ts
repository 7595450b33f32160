import { Injectable, signal } from '@angular/core';
import { Nation, TopicId } from '../../core/content/content-model';

/** A nation to filter by, or '' for the whole UK. */
export type NationChoice = Exclude<Nation, 'uk'> | '';

/** A UK-wide service ("uk") helps in every nation; '' shows every contact. */
export function servesNation(nations: readonly Nation[], choice: NationChoice): boolean {
  return !choice || nations.includes('uk') || nations.includes(choice);
}

/** Both filters of the contacts page together: a contact shows when it passes both. */
export function filterContacts<
  C extends { readonly nations: readonly Nation[]; readonly topics: readonly TopicId[] },
>(contacts: readonly C[], nation: NationChoice, topic: TopicId | ''): C[] {
  return contacts.filter(
    (c) => servesNation(c.nations, nation) && (!topic || c.topics.includes(topic)),
  );
}

/**
 * The contacts page's choices, kept while the app is open (so Back from a contact keeps them) and
 * never stored: where someone lives says something about them.
 */
@Injectable({ providedIn: 'root' })
export class ContactFilters {
  readonly nation = signal<NationChoice>('');
  readonly topic = signal<TopicId | ''>('');
}
