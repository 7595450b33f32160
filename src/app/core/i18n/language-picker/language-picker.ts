import {
  ChangeDetectionStrategy,
  Component,
  ChangeDetectorRef,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { WINDOW } from '../../tokens/browser';
import { Language } from '../language';
import { matchShipped } from '../language-choice';
import { LanguageInfo, languageName } from '../languages';
import { phoneLanguages } from '../phone-languages';

/** Lower case, without accents: "francais" finds Français, "kurdi" finds Kurdî. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * A button that opens a dialog listing every language by its own name. With sixteen languages a
 * native select became a long list on a phone with no way to type: here the phone's languages come
 * first, and typing any part of a language's own name, its English name or its name in the app's
 * current language narrows the list.
 */
@Component({
  selector: 'app-language-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './language-picker.html',
  styleUrl: './language-picker.css',
})
export class LanguagePicker {
  protected readonly language = inject(Language);
  private readonly window = inject(WINDOW);
  private readonly changes = inject(ChangeDetectorRef);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  /** Distinguishes the header's picker from the one in Settings. */
  readonly pickerId = input('language-picker');
  /** The header shows a compact button with a visually hidden label. */
  readonly compact = input(false);

  protected readonly query = signal('');
  /**
   * The list is built only while the dialog is open: sixteen options in every page's header were
   * about a tenth of a first load's script time, for a dialog most readers never open.
   */
  protected readonly isOpen = signal(false);

  /** The phone's own languages first, in its order; then the rest as languages.json lists them. */
  private readonly ordered = computed<readonly LanguageInfo[]>(() => {
    const all = this.language.languages;
    const preferred = phoneLanguages(this.window)
      .map((tag) => matchShipped(tag, all))
      .filter((code): code is string => !!code);
    const rank = (code: string) => {
      const at = preferred.indexOf(code);
      return at === -1 ? preferred.length : at;
    };
    return [...all].sort((a, b) => rank(a.code) - rank(b.code));
  });

  /** The names of every language in the reader's current language ("الأردية" for Urdu). */
  protected readonly localNames = computed(() => {
    const reader = this.language.current();
    return new Map(this.language.languages.map((l) => [l.code, languageName(l, reader)]));
  });

  protected readonly shown = computed(() => {
    const query = fold(this.query().trim());
    if (!query) return this.ordered();
    const names = this.localNames();
    return this.ordered().filter((l) =>
      [l.nativeName, l.englishName, l.code, names.get(l.code) ?? ''].some((name) =>
        fold(name).includes(query),
      ),
    );
  });

  protected open(): void {
    this.query.set('');
    this.isOpen.set(true);
    // Drawn now, not at the next frame: the dialog's autofocus then finds the current language,
    // and an Escape pressed at once closes it.
    this.changes.detectChanges();
    this.dialog().nativeElement.showModal();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected choose(code: string): void {
    this.close();
    void this.language.use(code);
  }
}
