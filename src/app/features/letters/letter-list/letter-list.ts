import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { RelatedLinks, toRelatedLinks } from '../../../shared/ui/related-links/related-links';
import { LETTER_KINDS } from '../letter-kinds';
import { LetterTexts } from '../letter-texts';

/** The four letters the app can write, and where to get help with them. */
@Component({
  selector: 'app-letter-list',
  imports: [RouterLink, TranslatePipe, RelatedLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'letters.title' | translate }}</h1>
    <p class="lead">{{ 'letters.intro' | translate }}</p>
    <p>{{ 'letters.private' | translate }}</p>
    <ul class="kinds" data-testid="letter-kinds">
      @for (kind of kinds; track kind.id) {
        <li>
          <a class="card kind" [routerLink]="['/letters', kind.id]">
            <span class="card-title">{{ 'letters.kinds.' + kind.id + '.title' | translate }}</span>
            <span>{{ 'letters.kinds.' + kind.id + '.summary' | translate }}</span>
          </a>
        </li>
      }
    </ul>
    <p class="notice-box">{{ 'home.notAdvice' | translate }}</p>
    <app-related-links headingKey="content.relatedGuides" [links]="related().guides" />
    <app-related-links headingKey="content.relatedContacts" [links]="related().contacts" />
  `,
  styles: `
    .kinds {
      display: grid;
      gap: var(--space-3);
      padding: 0;
      list-style: none;
    }

    .kind {
      display: flex;
      flex-direction: column;
      gap: var(--space-1);
      color: var(--color-text);
      text-decoration: none;
    }
  `,
})
export default class LetterList {
  private readonly content = inject(ContentStore);
  protected readonly kinds = LETTER_KINDS;
  protected readonly related = computed(() => {
    const related = this.content.related({
      guides: ['subject-access-request', 'complain-to-ico'],
      contacts: ['ico', 'citizens-advice', 'right-to-remain'],
    });
    return {
      guides: toRelatedLinks(related.guides, '/guides'),
      contacts: toRelatedLinks(related.contacts, '/contacts'),
    };
  });

  constructor() {
    // Fetch the reader's letter texts now, while online, so a letter opens offline later too.
    const code = inject(Language).current().code;
    inject(LetterTexts)
      .load(code)
      .catch(() => undefined);
  }
}
