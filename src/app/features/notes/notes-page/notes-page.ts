import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import { Vault } from '../../../core/crypto/vault';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { NotesStore } from '../../../core/notes/notes-store';
import { UnlockForm } from '../../../shared/ui/unlock-form/unlock-form';
import { stripFormatCharacters } from '../../../shared/text/format-characters';

const PAGE_SIZE = 100;

@Component({
  selector: 'app-notes-page',
  imports: [RouterLink, TranslatePipe, PluralKeyPipe, LocalDatePipe, UnlockForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notes-page.html',
  styleUrl: './notes-page.css',
})
export default class NotesPage {
  protected readonly vault = inject(Vault);
  protected readonly store = inject(NotesStore);
  protected readonly query = signal('');
  /** A cheap phone should not draw thousands of notes at once; search reaches them all. */
  protected readonly limit = signal(PAGE_SIZE);
  protected readonly matching = computed(() =>
    this.query().trim() ? this.store.search(this.query()) : (this.store.notes() ?? []),
  );
  protected readonly shown = computed(() => this.matching().slice(0, this.limit()));

  protected showMore(): void {
    this.limit.update((limit) => limit + PAGE_SIZE);
  }

  /** The first line, as the note's title in the list (older notes may still hold format marks). */
  protected headline(text: string): string {
    const line = stripFormatCharacters(text).trim().split('\n')[0] ?? '';
    return line.length > 80 ? `${line.slice(0, 80)}…` : line;
  }

  protected isoDate(time: number): string {
    return new Date(time).toISOString().slice(0, 10);
  }
}
