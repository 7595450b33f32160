import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Vault } from '../../../core/crypto/vault';
import { NotesStore } from '../../../core/notes/notes-store';

/** On a tip, guide or contact: the reader's own notes about it, and a way to add one. */
@Component({
  selector: 'app-notes-about',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="no-print" aria-labelledby="notes-about-heading" data-testid="notes-about">
      <h2 id="notes-about-heading">{{ 'notes.aboutThis' | translate }}</h2>
      @if (vault.state() === 'locked') {
        <p>{{ 'notes.lockedHere' | translate }}</p>
      } @else {
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
  protected readonly vault = inject(Vault);
  private readonly store = inject(NotesStore);

  /** `tips/<id>`, `guides/<id>` or `contacts/<id>`. */
  readonly about = input.required<string>();

  protected readonly notes = computed(() => {
    this.store.notes();
    return this.store.about(this.about());
  });
}
