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
import { readerLanguageChoice } from '../reader-language-choice';
import type { ShareKind } from '../share-link';
import type { SharePanel } from './share-panel';

let panelComponent: Promise<typeof SharePanel> | undefined;

/**
 * "Share" on a tip, guide or contact. The panel (`SharePanel`: QR code, link, handout) comes in
 * its own chunk when first opened, so a page opened from a shared link waits for none of it
 * before its first paint. A dynamic import rather than `@defer`, for the reason in
 * shared/ui/draw-when-loaded.ts; `setInput` rather than `inputBinding`, which put 1.1 kB gzip
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
  private readonly errors = inject(ErrorHandler);
  private readonly destroyRef = inject(DestroyRef);

  readonly kind = input.required<ShareKind>();
  readonly itemId = input.required<string>();
  readonly title = input('');

  protected readonly open = signal(false);
  /** While the panel's chunk is on its way. */
  protected readonly loading = signal(false);
  private readonly slot = viewChild.required('panel', { read: ViewContainerRef });
  private readonly choice = readerLanguageChoice(() => this.language.current().code);

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    this.loading.set(opening);
    if (!opening) {
      this.slot().clear();
      return;
    }
    const chunk = (panelComponent ??= import('./share-panel').then((m) => m.SharePanel));
    chunk
      .then(
        (component) => this.show(component),
        (error: unknown) => this.loadFailed(chunk, error),
      )
      .catch((error: unknown) => {
        this.loading.set(false);
        this.errors.handleError(error);
      });
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
    this.loading.set(false);
  }

  private loadFailed(chunk: Promise<typeof SharePanel>, error: unknown): void {
    if (panelComponent === chunk) panelComponent = undefined;
    if (this.destroyRef.destroyed || !this.open()) return;
    this.open.set(false);
    this.loading.set(false);
    // The app's answer to a part that did not load: a guarded reload, or offline on a first
    // visit a message instead (core/pwa/guarded-reload.ts).
    this.errors.handleError(error);
  }
}
