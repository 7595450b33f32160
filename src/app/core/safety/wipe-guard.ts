import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';
import { WINDOW } from '../tokens/browser';
import { EXIT_HOOKS, QuickExit } from './quick-exit';

/** The channel every tab of the app listens on for a wipe (issue 15, finding 2). */
export const WIPE_CHANNEL = 'ds-wipe';
export type WipeMessage = 'wiping' | 'wiped';

/**
 * A random id for the data on this device, written when a page first opens the database and
 * removed by a wipe. It says nothing about the reader, and its presence says nothing about a wipe.
 */
export const DATA_ID_KEY = 'ds.dataId';

/** A tab that hears "wiping" but never "wiped" (the wiping tab was closed) restarts after this. */
export const RESTART_FALLBACK_MS = 5000;

/**
 * Keeps a wipe done in one tab from being undone by another. It lives in the first bundle (no
 * Dexie), so every open tab hears a wipe, even one that has not loaded the notes yet:
 * - the wiping tab removes the data id and says "wiping", then "wiped" when done;
 * - every other tab closes its database and drops its key at once, hides everything, then
 *   opens the app afresh;
 * - the database asks `mayOpen()` before every open, so a tab that missed the message (or a
 *   save retried later) finds the data id changed and refuses, instead of re-creating the
 *   database with whatever text it still holds.
 */
@Injectable({ providedIn: 'root' })
export class WipeGuard {
  private readonly window = inject(WINDOW);
  private readonly document = inject(DOCUMENT);
  private readonly hooks = inject(EXIT_HOOKS);
  private readonly quickExit = inject(QuickExit);
  private readonly wipedState = signal(false);
  private channel: BroadcastChannel | null = null;
  /** The data id the database was first opened under in this page; undefined before that. */
  private dataId: string | null | undefined;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;

  /** True from the moment this page knows of a wipe: no database may open in it again. */
  readonly wiped = this.wipedState.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.channel?.close();
      clearTimeout(this.restartTimer);
    });
  }

  /** Listens for wipes in other tabs; called once when the app starts. */
  start(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(WIPE_CHANNEL);
    this.channel.onmessage = (event: MessageEvent<WipeMessage>) => {
      if (event.data === 'wiping') this.wipedElsewhere();
      else if (event.data === 'wiped') this.restart();
    };
  }

  /**
   * Asked before every database open. The first open adopts the data id (making one if there is
   * none); a later one is refused when the id has changed or gone, since only a wipe does that.
   */
  mayOpen(): boolean {
    if (this.wipedState()) return false;
    if (this.dataId === undefined) {
      if (this.readId() === null) this.writeId(crypto.randomUUID());
      this.dataId = this.readId();
      return true;
    }
    if (this.readId() === this.dataId) return true;
    this.wipedElsewhere();
    return false;
  }

  /**
   * The database was deleted under this page. Only a wipe deletes it, but specs delete theirs
   * too: the page restarts only when the data id confirms a wipe.
   */
  databaseDeleted(): void {
    if (this.dataId !== undefined && this.readId() !== this.dataId) this.wipedElsewhere();
    else this.wipedState.set(true);
  }

  /**
   * In the wiping tab, as the wipe starts: nothing in this page may open the database or reload
   * it (core/pwa/guarded-reload.ts) from now on. The other tabs hear of it at `announce`.
   */
  begin(): void {
    this.wipedState.set(true);
  }

  /** In the wiping tab, before anything is deleted: no open from now on, and tell the others. */
  announce(): void {
    this.wipedState.set(true);
    try {
      this.window.localStorage.removeItem(DATA_ID_KEY);
    } catch {
      // Storage unavailable: the message and `versionchange` still reach the other tabs.
    }
    this.post('wiping');
  }

  /** In the wiping tab, when everything is deleted: the other tabs may start afresh. */
  finished(): void {
    this.post('wiped');
  }

  /** Another tab wiped: close and forget everything now, hide the page, then start afresh. */
  private wipedElsewhere(): void {
    const first = this.restartTimer === undefined;
    this.wipedState.set(true);
    if (!first) return;
    for (const hook of this.hooks) {
      try {
        hook();
      } catch {
        // Hide and restart all the same.
      }
    }
    this.document.body.classList.add('leaving');
    this.restartTimer = setTimeout(() => this.restart(), RESTART_FALLBACK_MS);
  }

  private restart(): void {
    clearTimeout(this.restartTimer);
    // Exit is on its way to the neutral site: opening the app again would cancel it.
    if (this.quickExit.leaving()) return;
    this.window.location.replace('/');
  }

  private post(message: WipeMessage): void {
    try {
      // Through this page's own channel when it listens: a channel never hears its own posts.
      if (this.channel) return this.channel.postMessage(message);
      const channel = new BroadcastChannel(WIPE_CHANNEL);
      channel.postMessage(message);
      channel.close();
    } catch {
      // No BroadcastChannel: the other tabs still see `versionchange` and the data id.
    }
  }

  private readId(): string | null {
    try {
      return this.window.localStorage.getItem(DATA_ID_KEY);
    } catch {
      return null;
    }
  }

  private writeId(id: string): void {
    try {
      this.window.localStorage.setItem(DATA_ID_KEY, id);
    } catch {
      // Not kept: this page then relies on the message and `versionchange` alone.
    }
  }
}
