import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { InstallCard } from '../../core/pwa/install-card/install-card';
import { HomeHighlights } from './home-highlights/home-highlights';

interface Section {
  readonly path: string;
  readonly key: string;
}

@Component({
  selector: 'app-home',
  imports: [RouterLink, TranslatePipe, InstallCard, HomeHighlights],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.html',
  styleUrl: './home.css',
})
export class Home {
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
