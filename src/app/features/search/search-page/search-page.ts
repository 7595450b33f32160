import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Location } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { findLanguage } from '../../../core/i18n/languages';
import { queryParam } from '../../../shared/content/route-signals';
import { ContentSearch } from '../content-search';
import { HighlightedText } from '../highlighted-text';

/** Long enough to skip the words in between while someone types, short enough to feel instant. */
const TYPING_PAUSE_MS = 150;

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

  /** What the box shows, keystroke by keystroke; the last search is kept in memory only. */
  protected readonly typed = signal(queryParam('q')() ?? this.search.lastQuery());
  /** What was searched: the box after a short pause in typing. */
  protected readonly query = signal('');
  protected readonly results = computed(() => this.search.search(this.query()));
  protected readonly count = computed(
    () => this.results().hits.length + this.results().notes.length,
  );
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // The page draws first; the index is built on the first search, never before the first paint.
    afterNextRender(() => this.run());
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected type(value: string): void {
    this.typed.set(value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), TYPING_PAUSE_MS);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.timer);
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
