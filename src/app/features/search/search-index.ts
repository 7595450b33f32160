import MiniSearch, { SearchOptions, SearchResult } from 'minisearch';
import { SearchDocument } from './search-documents';
import { Segment, indexForms, isMatched, queryForm, snippet, words } from './search-text';

/** One result, ready to show: where it opens and why it matched. */
export interface SearchHit {
  readonly document: SearchDocument;
  readonly title: readonly Segment[];
  readonly snippet: readonly Segment[];
  /** The language of `snippet`: English when only the English text matched. */
  readonly snippetLang: string;
  /** The official term that matched, when the page matched by one (e.g. "NRPF"). */
  readonly term?: string;
  readonly score: number;
}

const FIELDS = ['title', 'text', 'english', 'terms'] as const;

/**
 * Prefix search for every word (people stop typing early), and one typo allowed in words of five
 * letters or more. (Two typos in long words cost the p95 target, 10 ms, several times over.)
 */
const OPTIONS: SearchOptions = {
  processTerm: queryForm,
  boost: { title: 3, terms: 2.5, text: 1, english: 0.8 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 1 : false),
  combineWith: 'AND',
};

/** A MiniSearch index over the documents of one language, kept in memory only. */
export class SearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: words,
    processTerm: indexForms,
    searchOptions: OPTIONS,
  });
  private readonly documents = new Map<string, SearchDocument>();

  constructor(documents: readonly SearchDocument[]) {
    for (const document of documents) this.documents.set(document.id, document);
    this.index.addAll(documents);
  }

  get size(): number {
    return this.documents.size;
  }

  /** Results for every word; when no place has them all, results for any of them. */
  search(query: string, limit = 30): SearchHit[] {
    if (!words(query).some((word) => queryForm(word))) return [];
    let results = this.index.search(query);
    if (results.length === 0) results = this.index.search(query, { combineWith: 'OR' });
    return results.slice(0, limit).map((result) => this.hit(result));
  }

  private hit(result: SearchResult): SearchHit {
    const document = this.documents.get(result.id)!;
    const matched = new Set(result.terms);
    const inField = (field: string) => result.terms.some((t) => result.match[t]?.includes(field));
    const useEnglish = !inField('text') && inField('english');
    const term = inField('terms')
      ? document.terms.split('\n').find((line) => words(line).some((w) => isMatched(w, matched)))
      : undefined;
    return {
      document,
      title: snippet(document.title, matched, Infinity),
      snippet: snippet(useEnglish ? document.english : document.text, matched),
      snippetLang: useEnglish ? 'en' : document.lang,
      term,
      score: result.score,
    };
  }
}
