import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnDestroy,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Vault } from '../../../core/crypto/vault';
import { MAX_NOTE_LENGTH, NotesStore, SaveError } from '../../../core/notes/notes-store';
import { ConfirmDelete } from '../../../shared/ui/confirm-delete/confirm-delete';
import { UnlockForm } from '../../../shared/ui/unlock-form/unlock-form';

type Status = 'idle' | 'saving' | 'saved' | SaveError;

/** Writes a note; every change is saved after a short pause, and never lost on screen. */
@Component({
  selector: 'app-note-editor',
  imports: [RouterLink, TranslatePipe, UnlockForm, ConfirmDelete],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './note-editor.html',
  styleUrl: './note-editor.css',
})
export default class NoteEditor implements OnDestroy {
  private readonly store = inject(NotesStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  protected readonly vault = inject(Vault);
  protected readonly content = inject(ContentStore);

  /** `/notes/:id`; absent for `/notes/new`. */
  readonly id = input<string>();
  /** `?about=tips/<id>` when started from a tip, guide or contact. */
  readonly about = input<string>();

  protected readonly text = signal('');
  protected readonly aboutValue = signal('');
  protected readonly status = signal<Status>('idle');
  protected readonly max = MAX_NOTE_LENGTH;
  protected readonly missing = computed(
    () => !!this.id() && this.store.notes() !== undefined && !this.store.get(this.id()!),
  );

  /** The note's id; a new note gets one at its first save, so saves never make duplicates. */
  private noteId: string | undefined;
  private stored = false;
  /** Text on screen that is not yet safely stored. */
  private dirty = false;
  private loaded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      if (this.loaded) return;
      const id = this.id();
      if (!id) {
        this.aboutValue.set(this.about() ?? '');
        this.loaded = true;
        return;
      }
      const note = this.store.get(id);
      if (note) {
        this.text.set(note.text);
        this.aboutValue.set(note.about ?? '');
        this.noteId = id;
        this.stored = true;
        this.loaded = true;
      }
    });
    // A save refused because the notes locked is tried again as soon as they are unlocked.
    effect(() => {
      if (this.vault.state() !== 'locked' && this.status() === 'locked' && this.dirty) {
        void this.saveNow();
      }
    });
  }

  ngOnDestroy(): void {
    if (this.dirty) void this.saveNow();
  }

  protected edit(text: string): void {
    this.text.set(text);
    this.dirty = true;
    this.schedule();
  }

  protected setAbout(about: string): void {
    this.aboutValue.set(about);
    this.dirty = true;
    this.schedule();
  }

  protected async saveNow(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.stored && !this.text().trim()) return;
    this.noteId ??= crypto.randomUUID();
    this.status.set('saving');
    this.dirty = false;
    const result = await this.store.save({
      id: this.noteId,
      text: this.text(),
      about: this.aboutValue() || undefined,
    });
    if (!result.ok) {
      this.dirty = true;
      this.status.set(result.error);
      return;
    }
    if (!this.stored) {
      this.stored = true;
      // Give the new note its own address without reloading the editor the reader types in.
      this.location.replaceState(`/notes/${result.id}`);
    }
    if (!this.dirty) this.status.set('saved');
  }

  protected async delete(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    if (this.stored && this.noteId && !(await this.store.remove(this.noteId))) {
      this.status.set('failed');
      return;
    }
    void this.router.navigateByUrl('/notes');
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.status.set('idle');
    this.timer = setTimeout(() => void this.saveNow(), 500);
  }
}
