import { Injectable, inject } from '@angular/core';
import { Vault } from '../../../core/crypto/vault';
import { NotesStore } from '../../../core/notes/notes-store';

/**
 * What the notes about an item need, as one lazy load (notes-about.ts): the vault says whether
 * they are locked, the store lists them. Loaded apart, a locked reader could see an empty list
 * before "Your notes are locked" while the vault's part was still on its way.
 */
@Injectable({ providedIn: 'root' })
export class NotesAboutStores {
  readonly vault = inject(Vault);
  readonly notes = inject(NotesStore);
}
