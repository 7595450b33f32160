import {
  DestroyRef,
  Injectable,
  ResourceRef,
  computed,
  inject,
  linkedSignal,
  resource,
} from '@angular/core';
import { WINDOW } from '../tokens/browser';
import { Language } from '../i18n/language';
import { CONTENT_META_URL, contentTextsUrl } from './content-files';
import { StaticJson, StaticJsonError, staticJsonResource } from '../static-json/static-json';
import { DEFAULT_LANGUAGE, LanguageInfo, findLanguage } from '../i18n/languages';
import {
  ChangeMeta,
  ContactMeta,
  ContactText,
  ContentMeta,
  ContentTexts,
  GuideMeta,
  GuideText,
  NoticeMeta,
  NoticeText,
  Related,
  TimelineMeta,
  TimelineText,
  TipMeta,
  TipText,
  TopicId,
  VersionMeta,
} from './content-model';

/** An item with the text to show and the language that text is really in (English fallback). */
export type Localised<M, T> = M & { readonly text: T; readonly lang: LanguageInfo };
export type Tip = Localised<TipMeta, TipText>;
export type Guide = Localised<GuideMeta, GuideText>;
export type Contact = Localised<ContactMeta, ContactText>;
export type TimelineEntry = Localised<TimelineMeta, TimelineText>;
export type Notice = Localised<NoticeMeta, NoticeText>;
export type Change = Localised<ChangeMeta, string>;
/** A content release with its change sentences in the reader's language. */
export type Version = Omit<VersionMeta, 'changes'> & { readonly changes: readonly Change[] };

export type ContentState = 'loading' | 'ready' | 'failed';

/** Every text in one language, and the shipped language asked for when its file is missing. */
export interface TextsIn {
  /** The language the texts are really in (English when the asked one could not load). */
  readonly lang: LanguageInfo;
  readonly texts: ContentTexts;
  /** The asked language when its file could not be fetched: offline before its first visit. */
  readonly missing: LanguageInfo | null;
}

const ENGLISH = findLanguage(DEFAULT_LANGUAGE)!;

/**
 * Tips, guides, contacts and the timeline in the reader's language. Loads `content/meta.json`
 * once and `content/<lang>.json` per language through `StaticJson` (the service worker caches
 * both for offline use). A language, or an item, not yet translated falls back to English and
 * says so through `lang`.
 */
@Injectable({ providedIn: 'root' })
export class ContentStore {
  private readonly json = inject(StaticJson);
  private readonly language = inject(Language);
  private readonly meta = staticJsonResource<ContentMeta>(() => CONTENT_META_URL);
  private readonly english = staticJsonResource<ContentTexts>(() =>
    contentTextsUrl(DEFAULT_LANGUAGE),
  );
  /** The reader's language, or English when its file cannot load; errs only if English does too. */
  private readonly own = resource({
    params: () => this.language.current().code,
    loader: ({ params: code }) => this.textsIn(code),
  });
  /**
   * The last texts that loaded: while another language's file is on its way the page keeps
   * showing the previous one (then switches), instead of flashing "loading".
   */
  private readonly texts = linkedSignal<TextsIn | undefined, TextsIn | null>({
    source: () => (this.own.hasValue() ? this.own.value() : this.seededTexts()),
    computation: (loaded, previous) => loaded ?? previous?.value ?? null,
  });

  /** The three files the store is ready or failed by. */
  private readonly files = [this.meta, this.english, this.own];

  constructor() {
    // A first visit whose connection dropped before the files came: once it is back, the page
    // fills in by itself, and a language that fell back to English gets its own texts.
    const window = inject(WINDOW);
    const retry = () => {
      for (const file of this.files) if (file.status() === 'error') file.reload();
      if (this.own.hasValue() && this.own.value().missing) this.own.reload();
    };
    window.addEventListener('online', retry);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('online', retry));
  }

  readonly state = computed<ContentState>(() => {
    if (this.files.some((file) => file.status() === 'error')) {
      return 'failed';
    }
    return this.metaValue() && this.englishTexts() && this.texts() ? 'ready' : 'loading';
  });

  /**
   * What a page says when the content failed (an interface key): a server error from our own
   * server is the host's fault, and checking the internet would not help; anything else is.
   */
  readonly failureKey = computed(() =>
    this.files.some((file) => {
      const error = file.status() === 'error' ? file.error() : undefined;
      return error instanceof StaticJsonError && error.fromServer;
    })
      ? 'content.serverFailed'
      : 'content.failed',
  );

  /** The English texts, whatever the reader's language: search also matches the English words. */
  readonly englishTexts = computed(() =>
    this.loaded(this.english, contentTextsUrl(DEFAULT_LANGUAGE)),
  );

  /**
   * A file's value, or the same file when it arrived before the store asked (the start-up asks
   * for it), so a hydrated page's first render holds the text its HTML already shows.
   */
  private loaded<T>(file: ResourceRef<T | undefined>, url: string): T | null {
    return (file.hasValue() ? file.value() : this.json.peek<T>(url)) ?? null;
  }

  /** The reader's texts when they arrived before the store asked, as `loaded()` does. */
  private seededTexts(): TextsIn | undefined {
    const code = this.language.current().code;
    const texts = this.json.peek<ContentTexts>(contentTextsUrl(code));
    return texts ? { lang: findLanguage(code) ?? ENGLISH, texts, missing: null } : undefined;
  }

  readonly tips = computed(() => this.localise(this.metaValue()?.tips, (t) => t.tips));
  readonly guides = computed(() => this.localise(this.metaValue()?.guides, (t) => t.guides));
  /**
   * In the order of meta.json, which the build checks (scripts/content-validation.mjs): urgent
   * contacts first (999 first), then the others by name. Not sorted here: the first `Intl.Collator`
   * a page creates loads its collation data, 35 to 50 ms of the start-up task at a cheap phone's
   * speed, on every page, for an order that never changes between builds.
   */
  readonly contacts = computed(() => this.localise(this.metaValue()?.contacts, (t) => t.contacts));
  readonly timeline = computed(() =>
    // ISO dates sort as plain strings; localeCompare would build a collator for each pair.
    [...this.localise(this.metaValue()?.timeline, (t) => t.timeline)].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    ),
  );

  /** Dated warnings; which show where is decided at render time (`freshness.ts`). */
  readonly notices = computed(() => this.localise(this.metaValue()?.notices, (t) => t.notices));
  /** "2026.12.0", once meta.json has loaded. */
  readonly contentVersion = computed(() => this.metaValue()?.contentVersion ?? null);
  /** Releases, newest first, each change with its sentence. */
  readonly versions = computed<Version[]>(() =>
    (this.metaValue()?.versions ?? []).map((version) => ({
      ...version,
      changes: this.localise(version.changes, (t) => t.changes),
    })),
  );

  private readonly metaValue = computed(() => this.loaded(this.meta, CONTENT_META_URL));

  /**
   * Every text in one language (English where it has none yet), e.g. for side-by-side reading.
   * `missing` names a shipped language whose file could not be fetched: offline before the phone
   * ever opened it. Rejects only when English cannot load either.
   */
  async textsIn(code: string): Promise<TextsIn> {
    const asked = findLanguage(code);
    try {
      return {
        lang: asked ?? ENGLISH,
        texts: await this.json.get(contentTextsUrl(code)),
        missing: null,
      };
    } catch {
      // Not translated yet, or not cached while offline: English keeps the page readable.
      const texts = await this.json.get<ContentTexts>(contentTextsUrl(DEFAULT_LANGUAGE));
      return { lang: ENGLISH, texts, missing: asked ?? null };
    }
  }

  /** The tips, guides and contacts an item points to, in the reader's language. */
  related(related: Related): { tips: Tip[]; guides: Guide[]; contacts: Contact[] } {
    const pick = <T extends { id: string }>(items: T[], ids: readonly string[] = []) =>
      ids.flatMap((id) => items.filter((item) => item.id === id));
    return {
      tips: pick(this.tips(), related.tips),
      guides: pick(this.guides(), related.guides),
      contacts: pick(this.contacts(), related.contacts),
    };
  }

  topicLabel(topic: TopicId): string {
    return this.texts()?.texts.topics[topic] ?? this.englishTexts()?.topics[topic] ?? topic;
  }

  private localise<M extends { id: string }, T>(
    items: readonly M[] | undefined,
    pick: (texts: ContentTexts) => Readonly<Record<string, T>> | undefined,
  ): Localised<M, T>[] {
    const current = this.texts();
    const english = this.englishTexts();
    if (!items || !current || !english) return [];
    return items.flatMap((item) => {
      const own = pick(current.texts)?.[item.id];
      if (own) return [{ ...item, text: own, lang: current.lang }];
      const fallback = pick(english)?.[item.id];
      return fallback ? [{ ...item, text: fallback, lang: ENGLISH }] : [];
    });
  }
}
