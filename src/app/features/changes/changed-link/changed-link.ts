import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentFreshness } from '../../../core/content/content-freshness';
import { pluralForm } from '../../../core/content/freshness';
import { Language } from '../../../core/i18n/language';
import { localeOf } from '../../../core/i18n/languages';

/**
 * "3 things changed since you last opened the app": a quiet link on home after an update, never a
 * modal. Lives in home's lazy highlights chunk, so the first bundle does not carry it.
 */
@Component({
  selector: 'app-changed-link',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (count(); as count) {
      <p class="changed" data-testid="changed-link">
        <a routerLink="/changes">{{ key() | translate: { count: count } }}</a>
        <button type="button" class="button secondary" (click)="freshness.markSeen()">
          {{ 'changes.hide' | translate }}
        </button>
      </p>
    }
  `,
  styles: `
    .changed {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2) var(--space-3);
      padding: var(--space-2) var(--space-3);
      background: var(--color-info-bg);
      border-inline-start: 4px solid var(--color-primary-text);
      border-radius: var(--radius);
    }
    a {
      display: inline-block;
      flex: 1 1 12rem;
      min-block-size: 44px;
      padding-block: 0.6rem;
      font-weight: 600;
    }
  `,
})
export class ChangedLink {
  protected readonly freshness = inject(ContentFreshness);
  private readonly language = inject(Language);
  protected readonly count = this.freshness.changedCount;
  /** The plural form the reader's language needs, e.g. Arabic's "two" or "few". */
  protected readonly key = computed(() => {
    return `changes.since.${pluralForm(this.count(), localeOf(this.language.current()))}`;
  });
}
