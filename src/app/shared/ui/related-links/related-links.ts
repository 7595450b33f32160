import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

export interface RelatedLink {
  readonly path: string;
  readonly title: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

interface Linkable {
  readonly id: string;
  readonly lang: { readonly code: string; readonly dir: 'ltr' | 'rtl' };
  readonly name?: string;
  readonly text: object;
}

/** Tips, guides or contacts as links under `base` (`/tips`, `/guides`, `/contacts`). */
export function toRelatedLinks(items: readonly Linkable[], base: string): RelatedLink[] {
  return items.map((item) => ({
    path: `${base}/${item.id}`,
    title: item.name ?? (item.text as { title?: string }).title ?? item.id,
    lang: item.name ? 'en' : item.lang.code,
    dir: item.name ? 'ltr' : item.lang.dir,
  }));
}

/** A titled list of links to other tips, guides or contacts. */
@Component({
  selector: 'app-related-links',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (links().length) {
      <h2>{{ headingKey() | translate }}</h2>
      <ul class="link-column">
        @for (link of links(); track link.path) {
          <li>
            <a [routerLink]="link.path" [attr.lang]="link.lang" [attr.dir]="link.dir">{{
              link.title
            }}</a>
          </li>
        }
      </ul>
    }
  `,
})
export class RelatedLinks {
  readonly headingKey = input.required<string>();
  readonly links = input.required<readonly RelatedLink[]>();
}
