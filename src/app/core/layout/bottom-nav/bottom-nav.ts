import { ChangeDetectionStrategy, Component } from '@angular/core';
import { IsActiveMatchOptions, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  /** SVG path data drawn on a 24 x 24 grid; icons always come with words. */
  readonly icon: string;
  /** How the current address must match for the item to show as the current page. */
  readonly match: IsActiveMatchOptions;
}

/** Home is current only on `/` itself (whatever the query); each section on itself or below. */
const EXACT: IsActiveMatchOptions = {
  paths: 'exact',
  queryParams: 'ignored',
  fragment: 'ignored',
  matrixParams: 'ignored',
};
const SECTION: IsActiveMatchOptions = { ...EXACT, paths: 'subset' };

@Component({
  selector: 'app-bottom-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bottom-nav.html',
  styleUrl: './bottom-nav.css',
})
export class BottomNav {
  protected readonly items: readonly NavItem[] = [
    {
      path: '/',
      labelKey: 'nav.home',
      icon: 'M3 11 12 3l9 8M5 9.5V21h5v-6h4v6h5V9.5',
      match: EXACT,
    },
    {
      path: '/tips',
      labelKey: 'nav.tips',
      icon: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z',
      match: SECTION,
    },
    {
      path: '/guides',
      labelKey: 'nav.guides',
      icon: 'M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z',
      match: SECTION,
    },
    {
      path: '/contacts',
      labelKey: 'nav.contacts',
      icon: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
      match: SECTION,
    },
    {
      path: '/notes',
      labelKey: 'nav.notes',
      icon: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
      match: SECTION,
    },
  ];
}
