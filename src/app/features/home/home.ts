import { ChangeDetectionStrategy, Component, ViewContainerRef, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { drawWhenLoaded } from '../../shared/ui/draw-when-loaded';

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
  private readonly highlights = viewChild.required('highlights', { read: ViewContainerRef });
  /**
   * Urgent contacts, tip progress and the install offer need the content store and Dexie: a
   * separate chunk, loaded right after the first paint.
   */
  protected readonly highlightsShown = drawWhenLoaded(this.highlights, () =>
    import('./home-highlights/home-highlights').then((m) => m.HomeHighlights),
  );

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
