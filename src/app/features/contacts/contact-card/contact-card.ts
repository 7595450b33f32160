import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Contact, ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { LocaleTexts } from '../../../core/i18n/locale-texts';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';

/** One contact: what it helps with and every way to reach it, numbers kept left-to-right. */
@Component({
  selector: 'app-contact-card',
  imports: [RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contact-card.html',
  styleUrl: './contact-card.css',
})
export class ContactCard {
  protected readonly content = inject(ContentStore);
  private readonly language = inject(Language);
  private readonly translate = inject(TranslateService);
  private readonly texts = inject(LocaleTexts);

  readonly contact = input.required<Contact>();
  /** In a list the name links to the contact's own page; on that page it is the heading. */
  readonly headingLevel = input<1 | 2 | 3>(2);

  protected readonly languageNames = computed(() => {
    const reader = this.language.current();
    return this.contact().languages.map((code) => this.texts.languageName(code, reader));
  });

  /** "Only in: England, Wales" for a service that does not cover the whole UK. */
  protected readonly onlyIn = computed(() => {
    this.language.current();
    const nations = this.contact().nations ?? [];
    if (!nations.length || nations.includes('uk')) return '';
    return nations.map((n) => this.translate.instant(`nations.${n}`) as string).join(', ');
  });
}
