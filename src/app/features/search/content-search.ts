import { Injectable, computed, inject, signal } from '@angular/core';
import { ContentStore } from '../../core/content/content-store';
import { Vault } from '../../core/crypto/vault';
import { staticJsonResource } from '../../core/static-json/static-json';
import { NotesStore } from '../../core/notes/notes-store';
import { SearchDocument, SearchTerms, searchDocuments } from './search-documents';
import { SearchHit, SearchIndex } from './search-index';

export interface SearchResults {
  readonly hits: readonly SearchHit[];
  /** Matches in the reader's own notes, found on this device only. */
  readonly notes: readonly SearchHit[];
  /** Notes are sealed: they were not searched. */
  readonly notesLocked: boolean;
}

/** Names of the User Timing measures that `npm run bench` reads. */
export const SEARCH_MEASURE = 'ds-search';
export const INDEX_MEASURE = 'ds-search-index';

function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

/**
 * Search over the content in the reader's language, the same content in English, the official
 * terms people meet on letters, and the reader's notes while they are open. Indexes live in memory
 * only: built on first use per language, and for notes rebuilt when the notes change.
 */
@Injectable({ providedIn: 'root' })
export class ContentSearch {
  private readonly content = inject(ContentStore);
  private readonly notes = inject(NotesStore);
  private readonly vault = inject(Vault);
  private readonly termsFile = staticJsonResource<SearchTerms>(() => 'content/search-terms.json');
  /** Without the terms, search still finds words in the content itself. */
  private readonly terms = computed<SearchTerms | null>(() => {
    if (this.termsFile.status() === 'error') return { groups: [] };
    return this.termsFile.hasValue() ? this.termsFile.value() : null;
  });

  /** The last search, so the search page shows it again after a result was opened. */
  readonly lastQuery = signal('');

  private readonly contentIndex = computed(() => {
    const english = this.content.englishTexts();
    const terms = this.terms();
    if (this.content.state() !== 'ready' || !english || !terms) return null;
    const content = {
      tips: this.content.tips(),
      guides: this.content.guides(),
      contacts: this.content.contacts(),
      timeline: this.content.timeline(),
      english,
      terms,
    };
    return timed(INDEX_MEASURE, () => new SearchIndex(searchDocuments(content)));
  });

  private readonly notesIndex = computed(() => {
    const notes = this.notes.notes() ?? [];
    return new SearchIndex(
      notes.map((note): SearchDocument => ({
        id: `notes/${note.id}`,
        kind: 'note',
        path: `/notes/${note.id}`,
        title: note.text.split('\n')[0].slice(0, 80),
        text: note.text,
        lang: '',
        english: '',
        terms: '',
      })),
    );
  });

  /** False until the content, its English texts and the terms have loaded. */
  readonly ready = computed(() => this.contentIndex() !== null);

  search(query: string): SearchResults {
    const notesLocked = this.vault.state() === 'locked';
    const index = this.contentIndex();
    if (!index || !query.trim()) return { hits: [], notes: [], notesLocked };
    const hits = timed(SEARCH_MEASURE, () => index.search(query));
    const notes = notesLocked ? [] : this.notesIndex().search(query, 10);
    return { hits, notes, notesLocked };
  }
}
