import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  /** SVG path data drawn on a 24 x 24 grid; icons always come with words. */
  readonly icon: string;
  readonly exact: boolean;
}

@Component({
  selector: 'app-bottom-nav',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bottom-nav.html',
  styleUrl: './bottom-nav.css',
})
export class BottomNav {
  private readonly router = inject(Router);
  /** The current path, without query or fragment. (Cheaper here than RouterLinkActive.) */
  private readonly path = signal('/');

  constructor() {
    const navigations = this.router.events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.path.set(event.urlAfterRedirects.split(/[?#]/)[0]);
    });
    inject(DestroyRef).onDestroy(() => navigations.unsubscribe());
  }

  protected isActive(item: NavItem): boolean {
    const path = this.path();
    return item.exact ? path === item.path : path === item.path || path.startsWith(`${item.path}/`);
  }

  protected readonly items: readonly NavItem[] = [
    {
      path: '/',
      labelKey: 'nav.home',
      icon: 'M3 11 12 3l9 8M5 9.5V21h5v-6h4v6h5V9.5',
      exact: true,
    },
    {
      path: '/tips',
      labelKey: 'nav.tips',
      icon: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z',
      exact: false,
    },
    {
      path: '/guides',
      labelKey: 'nav.guides',
      icon: 'M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z',
      exact: false,
    },
    {
      path: '/contacts',
      labelKey: 'nav.contacts',
      icon: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
      exact: false,
    },
    {
      path: '/notes',
      labelKey: 'nav.notes',
      icon: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
      exact: false,
    },
  ];
}
