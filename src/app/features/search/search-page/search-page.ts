import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Location } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { findLanguage } from '../../../core/i18n/languages';
import { ContentSearch } from '../content-search';
import { HighlightedText } from '../highlighted-text';

@Component({
  selector: 'app-search-page',
  imports: [RouterLink, TranslatePipe, HighlightedText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.html',
  styleUrl: './search-page.css',
})
export default class SearchPage {
  private readonly location = inject(Location);
  protected readonly search = inject(ContentSearch);

  /** `?q=`: the search a reload or the home page's box asked for. */
  readonly q = input<string>();
  /** What the box shows, keystroke by keystroke; starts from `?q=`, else the last search. */
  protected readonly typed = linkedSignal(() => this.q() ?? this.search.lastQuery());
  /**
   * What was searched. Every keystroke searches: a search costs a few milliseconds, so a pause in
   * typing would only make the reader wait.
   */
  protected readonly query = signal('');
  protected readonly results = computed(() => this.search.search(this.query()));
  protected readonly count = computed(
    () => this.results().hits.length + this.results().notes.length,
  );

  constructor() {
    // The page draws first; the index is built on the first search, never before the first paint.
    afterNextRender(() => this.run());
  }

  protected type(value: string): void {
    this.typed.set(value);
    this.run();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.run();
  }

  protected dir(lang: string): 'ltr' | 'rtl' | 'auto' {
    return findLanguage(lang)?.dir ?? 'auto';
  }

  private run(): void {
    const query = this.typed().trim();
    this.query.set(query);
    this.search.lastQuery.set(query);
    // The address never keeps the search (issue 15, finding 8): a `?q=` that opened the page is
    // taken out once read, so neither `location` nor the history entry holds the term. Without a
    // router navigation, which would move focus away from the box while the reader types.
    this.location.replaceState('/search');
  }
}
