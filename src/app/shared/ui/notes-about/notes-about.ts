import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { injectStoreOnceStored } from '../../../core/db/database-presence';

/** On a tip, guide or contact: the reader's own notes about it, and a way to add one. */
@Component({
  selector: 'app-notes-about',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="no-print" aria-labelledby="notes-about-heading" data-testid="notes-about">
      <h2 id="notes-about-heading">{{ 'notes.aboutThis' | translate }}</h2>
      @if (vaultState() === 'locked') {
        <p>{{ 'notes.lockedHere' | translate }}</p>
      } @else if (vaultState() === 'unlocked' || vaultState() === 'none') {
        <ul class="link-column">
          @for (note of notes(); track note.id) {
            <li>
              <a [routerLink]="['/notes', note.id]">{{ note.text.split('\\n')[0] }}</a>
            </li>
          }
        </ul>
      }
      <a class="button secondary" routerLink="/notes/new" [queryParams]="{ about: about() }">{{
        'notes.addAbout' | translate
      }}</a>
    </section>
  `,
})
export class NotesAbout {
  // Loaded only once the device holds the database: a guide or tip opened from a shared link on
  // a first visit has no notes, and runs no Dexie for them.
  private readonly stores = injectStoreOnceStored(() =>
    import('./notes-about-stores').then((m) => m.NotesAboutStores),
  );
  /** Neither the list nor the locked message until the vault has read its own state. */
  protected readonly vaultState = computed(() => this.stores()?.vault.state());

  /** `tips/<id>`, `guides/<id>` or `contacts/<id>`. */
  readonly about = input.required<string>();

  protected readonly notes = computed(() => {
    // about() reads the opened notes, so the list follows them.
    return this.stores()?.notes.about(this.about()) ?? [];
  });
}
