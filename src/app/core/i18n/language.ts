import { DOCUMENT, Injectable, PLATFORM_ID, computed, inject, signal } from '@angular/core';
import { PlatformLocation, isPlatformServer } from '@angular/common';
import { TranslateLoader, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LocalSettings } from '../settings/local-settings';
import { WINDOW } from '../tokens/browser';
import { chooseLanguage, matchShipped } from './language-choice';
import { loadScriptFont } from './script-font';
import { prepareDateFormat } from './date-format';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LanguageInfo,
  TranslationStatus,
  findLanguage,
  localeOf,
} from './languages';
import { phoneLanguages } from './phone-languages';
import { StaticJsonError } from '../static-json/static-json';

const STATUSES: readonly TranslationStatus[] = ['original', 'machine-assisted', 'reviewed'];

/** `meta.translation` of a loaded interface file; a file that does not say is treated as unchecked. */
function statusOf(file: unknown): TranslationStatus {
  const status = (file as { meta?: { translation?: unknown } } | null)?.meta?.translation;
  return STATUSES.find((s) => s === status) ?? 'machine-assisted';
}

/** A language the reader asked for whose interface file could not load. */
export interface UnloadedLanguage {
  readonly language: LanguageInfo;
  /** Our server answered with an error: the phone's connection is not to blame. */
  readonly serverFault: boolean;
  /** Whether the choice was to be remembered, for the next try. */
  readonly remember: boolean;
}

/**
 * The language the app speaks: ngx-translate, `<html lang dir data-script>` and the remembered
 * choice.
 */
@Injectable({ providedIn: 'root' })
export class Language {
  private readonly translate = inject(TranslateService);
  private readonly loader = inject(TranslateLoader);
  private readonly document = inject(DOCUMENT);
  private readonly settings = inject(LocalSettings);
  private readonly window = inject(WINDOW);
  private readonly platformId = inject(PLATFORM_ID);
  private readonly platformLocation = inject(PlatformLocation);
  private readonly code = signal(DEFAULT_LANGUAGE);
  private readonly status = signal<TranslationStatus>('original');
  private readonly unloaded = signal<UnloadedLanguage | null>(null);
  private readonly trying = signal(false);
  /** The last language whose file failed, until it loads; kept when the notice is closed. */
  private failedCode: string | null = null;
  /** Counts calls of `use()`: one that a later call overtook changes nothing when it ends. */
  private switches = 0;
  private markStarted!: () => void;
  private readonly started = new Promise<void>((done) => (this.markStarted = done));

  readonly languages = LANGUAGES;
  readonly current = computed<LanguageInfo>(() => findLanguage(this.code()) ?? LANGUAGES[0]);
  readonly dir = computed(() => this.current().dir);
  /** From the language's own interface file, so marking it "reviewed" there removes the note. */
  readonly translation = this.status.asReadonly();
  /** The language asked for whose file failed, while the app speaks another; null when none. */
  readonly notLoaded = this.unloaded.asReadonly();
  /** `retry()` is under way. */
  readonly retrying = this.trying.asReadonly();

  /** First open: the link's `?lang=`, then the stored choice, then the phone's languages. */
  firstChoice(): { code: string; remember: boolean } {
    // The server builds a page per language, named by `?lang=` in the address it renders
    // (app.routes.server.ts); it knows of nothing stored, and of no phone (core/prerender/).
    if (isPlatformServer(this.platformId)) {
      const query = new URLSearchParams(this.platformLocation.search).get('lang');
      return { code: chooseLanguage({ query }, LANGUAGES), remember: false };
    }
    const query = new URLSearchParams(this.window.location.search).get('lang');
    const code = chooseLanguage(
      {
        query,
        stored: this.settings.get('language'),
        preferred: phoneLanguages(this.window),
      },
      LANGUAGES,
    );
    // A link's language is kept as the reader's choice only when the app ships it.
    return { code, remember: matchShipped(query, LANGUAGES) !== undefined };
  }

  /**
   * Speaks the first choice (`firstChoice()`, worked out again unless given). `adoptsPage`: the
   * page on screen was prerendered in this language and the app adopts it (core/prerender/): it
   * is drawn already, in its font (src/index.html waited for it), with its dates
   * (core/i18n/locale-texts.ts), so the start waits for no font and readies no date formatter.
   */
  async start(choice = this.firstChoice(), { adoptsPage = false } = {}): Promise<void> {
    this.translate.setFallbackLang(DEFAULT_LANGUAGE);
    try {
      await this.use(choice.code, { remember: choice.remember, adoptsPage });
    } finally {
      this.markStarted();
    }
  }

  /**
   * Once the first language is spoken (or failed): for code that runs beside the start and needs
   * its texts, such as the server's page description (app.config.server.ts). ngx-translate's
   * `get()` does not wait for it, since the language is spoken only once its file is here.
   */
  whenStarted(): Promise<void> {
    return this.started;
  }

  /**
   * Switches language. A file that cannot load (offline before it was cached, damaged, a server
   * error) leaves the app in the language it already speaks (English at the start) rather than
   * showing raw keys, and `notLoaded` says which language failed. The reader's choice is still
   * remembered, so the next open tries it again. A call overtaken by a later one (a second tap
   * in the picker on a slow link) changes nothing when it ends: the later choice wins.
   */
  async use(
    code: string,
    { remember = true, adoptsPage = false }: { remember?: boolean; adoptsPage?: boolean } = {},
  ): Promise<void> {
    const turn = ++this.switches;
    const overtaken = () => turn !== this.switches;
    const wanted = findLanguage(code) ?? findLanguage(DEFAULT_LANGUAGE)!;
    let language = wanted;
    const html = this.document.documentElement;
    // The file and the script's font download side by side, and the page switches once both are
    // here (or the font's wait has run out): its texts and its labels (lang, dir, script, and so
    // line height) change in one step, and not at all if the file fails.
    const font = adoptsPage
      ? undefined
      : loadScriptFont(this.document, wanted.script, wanted.nativeName);
    let file: unknown;
    try {
      file = await this.fileOf(wanted.code);
      await font;
      if (overtaken()) return;
      await firstValueFrom(this.translate.use(wanted.code));
      this.unloaded.set(null);
      if (this.failedCode === wanted.code) this.failedCode = null;
    } catch (error) {
      console.error(error);
      if (overtaken()) return;
      // The language already on screen (English at the start, before any is).
      language = this.current();
      if (language.code === wanted.code) language = findLanguage(DEFAULT_LANGUAGE)!;
      file = await firstValueFrom(this.translate.use(language.code));
      if (overtaken()) return;
      const serverFault = error instanceof StaticJsonError && error.fromServer;
      this.unloaded.set({ language: wanted, serverFault, remember });
      this.failedCode = wanted.code;
    }
    this.status.set(statusOf(file));
    this.code.set(language.code);
    html.lang = language.code;
    html.setAttribute('data-script', language.script); // not dataset: the server DOM has none
    html.dir = language.dir;
    if (remember) this.settings.set('language', wanted.code);
    // Made when idle, for the dates the screen is about to draw.
    if (!adoptsPage) prepareDateFormat(this.window, localeOf(language));
  }

  /** A language's interface file, loaded but not yet spoken, unless ngx-translate holds it. */
  private async fileOf(code: string): Promise<unknown> {
    const held: unknown = this.translate.getTranslations(code);
    if (held) return held;
    const file = await firstValueFrom(this.loader.getTranslation(code));
    this.translate.setTranslation(code, file);
    return file;
  }

  /**
   * Tries the language that failed again; its notice stays, marked as trying, until the answer.
   * A second failure sets the notice afresh.
   */
  async retry(): Promise<void> {
    const failed = this.unloaded();
    if (!failed || this.trying()) return;
    this.trying.set(true);
    try {
      await this.use(failed.language.code, { remember: failed.remember });
    } finally {
      this.trying.set(false);
    }
  }

  /**
   * Whether `code`'s file failed and has not loaded since: a link that names it (an in-app link
   * that keeps `?lang=`) does not ask again, nor bring back a notice the reader closed. The
   * picker and "Try again" still do.
   */
  failedBefore(code: string): boolean {
    return this.failedCode === code;
  }

  /** The reader keeps the language on screen; the choice stays remembered for the next open. */
  dismissNotLoaded(): void {
    this.unloaded.set(null);
  }
}
