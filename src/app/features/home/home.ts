import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ViewContainerRef,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

interface Section {
  readonly path: string;
  readonly key: string;
}

@Component({
  selector: 'app-home',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.html',
  styleUrl: './home.css',
})
export class Home {
  /**
   * Urgent contacts, tip progress and the install offer need the content store and Dexie: a
   * separate chunk, loaded right after the first paint. A dynamic import rather than `@defer`:
   * `@defer (on immediate)` here measured +1.8 kB gzip on this first screen (85.67 kB against
   * 83.86 kB initial), for the same behaviour.
   */
  private readonly highlights = viewChild.required('highlights', { read: ViewContainerRef });
  private readonly destroyRef = inject(DestroyRef);
  protected readonly highlightsShown = signal(false);

  constructor() {
    afterNextRender(() => {
      void import('./home-highlights/home-highlights').then((m) => {
        if (this.destroyRef.destroyed) return; // left home while the chunk was on its way
        this.highlights().createComponent(m.HomeHighlights);
        this.highlightsShown.set(true);
      });
    });
  }

  protected readonly sections: readonly Section[] = [
    { path: '/guides', key: 'guides' },
    { path: '/contacts', key: 'contacts' },
    { path: '/notes', key: 'notes' },
    { path: '/share', key: 'share' },
    { path: '/letters', key: 'letters' },
  ];
  protected readonly more: readonly Section[] = [
    { path: '/timeline', key: 'timeline' },
    { path: '/settings', key: 'settings' },
    { path: '/privacy', key: 'privacy' },
    { path: '/about', key: 'about' },
  ];
}
