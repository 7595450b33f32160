import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ErrorHandler,
  ViewContainerRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../../core/i18n/language';
import { WINDOW } from '../../../core/tokens/browser';
import { readerLanguageChoice } from '../reader-language-choice';
import type { ShareKind } from '../share-link';
import type { SharePanel } from './share-panel';

let panelComponent: Promise<typeof SharePanel> | undefined;

/**
 * "Share" on a tip, guide or contact. The panel (`SharePanel`: QR code, link, handout) comes in
 * its own chunk when first opened, so a page opened from a shared link waits for none of it
 * before its first paint. A dynamic import rather than `@defer`, for the reason in
 * shared/share/qr-code/qr-code.ts; `setInput` rather than `inputBinding`, which put 1.1 kB gzip
 * more in `main`.
 */
@Component({
  selector: 'app-share-sheet',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-sheet.html',
  styleUrl: './share-sheet.css',
})
export class ShareSheet {
  private readonly language = inject(Language);
  private readonly window = inject(WINDOW);
  private readonly errors = inject(ErrorHandler);
  private readonly destroyRef = inject(DestroyRef);

  readonly kind = input.required<ShareKind>();
  readonly itemId = input.required<string>();
  readonly title = input('');

  protected readonly open = signal(false);
  /** While the panel's chunk is on its way, or when it could not come. */
  protected readonly panelState = signal<'none' | 'loading' | 'failed'>('none');
  private readonly slot = viewChild.required('panel', { read: ViewContainerRef });
  private readonly choice = readerLanguageChoice(() => this.language.current().code);

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    this.panelState.set(opening ? 'loading' : 'none');
    if (!opening) {
      this.slot().clear();
      return;
    }
    const loading = (panelComponent ??= import('./share-panel').then((m) => m.SharePanel));
    loading.then(
      (component) => this.show(component),
      (error: unknown) => this.loadFailed(loading, error),
    );
  }

  private show(component: typeof SharePanel): void {
    // Closed again, already drawn, or the page left while the chunk was on its way.
    if (this.destroyRef.destroyed || !this.open() || this.slot().length > 0) return;
    const panel = this.slot().createComponent(component);
    const bind = () => {
      panel.setInput('kind', this.kind());
      panel.setInput('itemId', this.itemId());
      panel.setInput('title', this.title());
      panel.setInput('readerLanguage', this.choice.code());
    };
    // Now, for the panel's first check (its inputs are required); then on every change, on the
    // panel's own injector so that this ends when closing destroys it.
    bind();
    effect(bind, { injector: panel.injector });
    panel.instance.languageChosen.subscribe(this.choice.choose);
    this.panelState.set('none');
  }

  private loadFailed(loading: Promise<typeof SharePanel>, error: unknown): void {
    if (panelComponent === loading) panelComponent = undefined; // the next tap asks again
    if (this.destroyRef.destroyed || !this.open()) return;
    this.open.set(false);
    this.panelState.set('failed');
    // Online, a newer version may have replaced the chunk: the app's guarded reload
    // (core/pwa/chunk-errors.ts). Offline, a reload would lose the page being read.
    if (this.window.navigator.onLine) this.errors.handleError(error);
    else console.error(error);
  }
}
