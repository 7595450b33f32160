import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../core/content/content-store';
import { InstallCard } from '../../core/pwa/install-card/install-card';
import { ContentStatus } from '../../shared/ui/content-status/content-status';
import { TipCards } from '../tips/tip-cards/tip-cards';

interface Section {
  readonly path: string;
  readonly key: string;
}

@Component({
  selector: 'app-home',
  imports: [RouterLink, TranslatePipe, InstallCard, ContentStatus, TipCards],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.html',
  styleUrl: './home.css',
})
export class Home {
  protected readonly content = inject(ContentStore);
  protected readonly urgentContacts = computed(() =>
    this.content.contacts().filter((contact) => contact.urgent),
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
