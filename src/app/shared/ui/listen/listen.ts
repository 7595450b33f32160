import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageInfo } from '../../../core/i18n/languages';
import { ReadAloud } from './read-aloud';

/** The paragraphs a Listen control reads: elements marked `data-read` in its article. */
const READABLE = '[data-read]';
const READING_CLASS = 'reading-now';

/**
 * "Listen": reads the tip or guide around it aloud, paragraph by paragraph, with a voice of the
 * text's language, and marks the paragraph being read. Where the device has no such voice it says
 * so and offers English or the side-by-side view: it never reads a language with another's voice.
 * The button is always there, and the message comes only when asked: voices are known late, and
 * a control that changed size then would move the page under the reader.
 */
@Component({
  selector: 'app-listen',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The highlight is on paragraphs of the page around this control, outside its own view.
  encapsulation: ViewEncapsulation.None,
  templateUrl: './listen.html',
  styleUrl: './listen.css',
})
export class Listen {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly reader = new ReadAloud();

  /** The language the text around is really in (English where it is not translated yet). */
  readonly lang = input.required<LanguageInfo>();

  protected readonly voice = computed(() => this.reader.voiceFor(this.lang().code));
  /** The reader asked to listen and there is no voice: say so, and offer what can be done. */
  protected readonly noVoice = signal(false);
  protected readonly englishVoice = computed(
    () => this.lang().code !== 'en' && this.reader.voiceFor('en') !== null,
  );
  private paragraphs: HTMLElement[] = [];

  constructor() {
    effect(() => {
      const index = this.reader.current();
      untracked(() => this.highlight(index));
    });
    // Another text (a new language) must not go on with the old one's voice.
    effect(() => {
      this.lang();
      untracked(() => {
        this.reader.stop();
        this.noVoice.set(false);
      });
    });
  }

  protected async play(): Promise<void> {
    await this.reader.whenVoicesKnown();
    this.noVoice.set(!this.voice());
    if (this.noVoice()) return;
    const article =
      this.host.nativeElement.closest('article') ?? this.host.nativeElement.parentElement;
    this.paragraphs = [...(article?.querySelectorAll<HTMLElement>(READABLE) ?? [])];
    const texts = this.paragraphs.map((element) => element.textContent?.trim() ?? '');
    this.reader.start(texts, this.lang().code);
  }

  private highlight(index: number): void {
    this.paragraphs.forEach((element, i) => element.classList.toggle(READING_CLASS, i === index));
    this.paragraphs[index]?.scrollIntoView({ block: 'nearest' });
  }
}
