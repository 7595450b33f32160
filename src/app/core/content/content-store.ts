import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Language } from '../i18n/language';
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

const ENGLISH = findLanguage(DEFAULT_LANGUAGE)!;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Tips, guides, contacts and the timeline in the reader's language. Loads `content/meta.json`
 * once and `content/<lang>.json` per language (the service worker caches both for offline use).
 * A language, or an item, not yet translated falls back to English and says so through `lang`.
 */
@Injectable({ providedIn: 'root' })
export class ContentStore {
  private readonly language = inject(Language);
  private readonly meta = signal<ContentMeta | null>(null);
  private readonly texts = signal<{ lang: string; texts: ContentTexts } | null>(null);
  private readonly english = signal<ContentTexts | null>(null);
  private readonly failed = signal(false);
  private readonly cache = new Map<string, Promise<ContentTexts>>();

  readonly state = computed<ContentState>(() => {
    if (this.failed()) return 'failed';
    return this.meta() && this.english() && this.texts() ? 'ready' : 'loading';
  });

  readonly tips = computed(() => this.localise(this.meta()?.tips, (t) => t.tips));
  readonly guides = computed(() => this.localise(this.meta()?.guides, (t) => t.guides));
  /** Urgent contacts first, in the order of meta.json (999 first); then the others by name. */
  readonly contacts = computed(() =>
    [...this.localise(this.meta()?.contacts, (t) => t.contacts)].sort(
      // Urgent ones keep the order of meta.json (999 first); the sort is stable.
      (a, b) =>
        Number(b.urgent) - Number(a.urgent) || (a.urgent ? 0 : a.name.localeCompare(b.name)),
    ),
  );
  readonly timeline = computed(() =>
    [...this.localise(this.meta()?.timeline, (t) => t.timeline)].sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
  );

  /** Dated warnings; which show where is decided at render time (`freshness.ts`). */
  readonly notices = computed(() => this.localise(this.meta()?.notices, (t) => t.notices));
  /** "2026.12.0", once meta.json has loaded. */
  readonly contentVersion = computed(() => this.meta()?.contentVersion ?? null);
  /** Releases, newest first, each change with its sentence. */
  readonly versions = computed<Version[]>(() =>
    (this.meta()?.versions ?? []).map((version) => ({
      ...version,
      changes: this.localise(version.changes, (t) => t.changes),
    })),
  );

  constructor() {
    void this.loadMeta();
    effect(() => void this.loadTexts(this.language.current().code));
  }

  /**
   * Every text in one language (English where it has none yet), e.g. for side-by-side reading.
   * `missing` names a shipped language whose file could not be fetched: offline before the phone
   * ever opened it.
   */
  async textsIn(
    code: string,
  ): Promise<{ lang: LanguageInfo; texts: ContentTexts; missing: LanguageInfo | null }> {
    const asked = findLanguage(code);
    try {
      return { lang: asked ?? ENGLISH, texts: await this.textsFor(code), missing: null };
    } catch {
      return {
        lang: ENGLISH,
        texts: await this.textsFor(DEFAULT_LANGUAGE),
        missing: asked ?? null,
      };
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
    return this.texts()?.texts.topics[topic] ?? this.english()?.topics[topic] ?? topic;
  }

  private async loadMeta(): Promise<void> {
    try {
      const [meta, english] = await Promise.all([
        fetchJson<ContentMeta>('content/meta.json'),
        this.textsFor(DEFAULT_LANGUAGE),
      ]);
      this.meta.set(meta);
      this.english.set(english);
    } catch (error) {
      console.error(error);
      this.failed.set(true);
    }
  }

  private async loadTexts(code: string): Promise<void> {
    let texts: ContentTexts;
    let lang = code;
    try {
      texts = await this.textsFor(code);
    } catch {
      // Not translated yet, or not cached while offline: English keeps the page readable.
      lang = DEFAULT_LANGUAGE;
      try {
        texts = await this.textsFor(DEFAULT_LANGUAGE);
      } catch (error) {
        console.error(error);
        this.failed.set(true);
        return;
      }
    }
    if (this.language.current().code === code) this.texts.set({ lang, texts });
  }

  private textsFor(code: string): Promise<ContentTexts> {
    let pending = this.cache.get(code);
    if (!pending) {
      pending = fetchJson<ContentTexts>(`content/${encodeURIComponent(code)}.json`);
      pending.catch(() => this.cache.delete(code));
      this.cache.set(code, pending);
    }
    return pending;
  }

  private localise<M extends { id: string }, T>(
    items: readonly M[] | undefined,
    pick: (texts: ContentTexts) => Readonly<Record<string, T>> | undefined,
  ): Localised<M, T>[] {
    const current = this.texts();
    const english = this.english();
    if (!items || !current || !english) return [];
    const currentLang = findLanguage(current.lang) ?? ENGLISH;
    return items.flatMap((item) => {
      const own = pick(current.texts)?.[item.id];
      if (own) return [{ ...item, text: own, lang: currentLang }];
      const fallback = pick(english)?.[item.id];
      return fallback ? [{ ...item, text: fallback, lang: ENGLISH }] : [];
    });
  }
}
