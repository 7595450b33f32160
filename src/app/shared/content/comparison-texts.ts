import { Injectable, Signal, computed, inject, resource } from '@angular/core';
import { TranslateLoader, TranslateService, TranslationObject } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ContentTexts } from '../../core/content/content-model';
import { ContentStore, TextsIn } from '../../core/content/content-store';
import { LanguageInfo } from '../../core/i18n/languages';
import { LanguageColumn } from '../ui/side-by-side/side-by-side';
import { Label, TextBlock } from './text-blocks';

/** A second language's texts (`ContentStore.textsIn`) with the app's headings in it. */
export interface Comparison extends TextsIn {
  readonly label: Label;
}

function lookup(tree: TranslationObject, key: string, params?: Record<string, string>): string {
  const value = key.split('.').reduce<unknown>((node, part) => {
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }, tree);
  if (typeof value !== 'string') return key;
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => params?.[name] ?? whole);
}

/** A second language's content and headings, for reading side by side with the first. */
@Injectable({ providedIn: 'root' })
export class ComparisonTexts {
  private readonly content = inject(ContentStore);
  private readonly loader = inject(TranslateLoader);

  async load(code: string): Promise<Comparison> {
    const { lang, texts, missing } = await this.content.textsIn(code);
    return { lang, texts, missing, label: await this.labels(lang.code) };
  }

  /** The app's own words (headings, buttons) in one language. */
  async labels(code: string): Promise<Label> {
    const ui = await firstValueFrom(this.loader.getTranslation(code));
    return (key, params) => lookup(ui, key, params);
  }
}

/**
 * The comparison for a `?compare=` code that may change; null while loading or when none is
 * asked for. Call in an injection context (a component's field initialiser).
 */
export function injectComparison(code: Signal<string | undefined>): Signal<Comparison | null> {
  const texts = inject(ComparisonTexts);
  // The resource drops an answer for a code no longer asked for, and starts each new one empty.
  const comparison = resource({
    params: () => code() || undefined,
    loader: ({ params }) => texts.load(params),
  });
  return computed(() => (comparison.hasValue() ? comparison.value() : null));
}

export interface SideBySideColumns {
  readonly first: LanguageColumn;
  readonly second: LanguageColumn;
}

export interface SideBySide {
  /** Null until the second language has loaded, when none is asked for, or when it is missing. */
  readonly columns: Signal<SideBySideColumns | null>;
  /** The asked language when the phone does not have it yet: the page says so instead. */
  readonly missing: Signal<LanguageInfo | null>;
}

/**
 * A tip's or guide's text beside the same item in the `?compare=` language, block by block.
 * Call in an injection context (a component's field initialiser).
 */
export function injectSideBySide<T>(
  item: Signal<{ readonly id: string; readonly lang: LanguageInfo; readonly text: T } | undefined>,
  compare: Signal<string | undefined>,
  pick: (texts: ContentTexts) => Readonly<Record<string, T>>,
  blocks: (text: T, label: Label) => TextBlock[],
): SideBySide {
  const translate = inject(TranslateService);
  const comparison = injectComparison(compare);
  const columns = computed(() => {
    const current = item();
    const other = comparison();
    const otherText =
      current && other && !other.missing ? pick(other.texts)[current.id] : undefined;
    if (!current || !other || !otherText) return null;
    return {
      first: { lang: current.lang, blocks: blocks(current.text, (key) => translate.instant(key)) },
      second: { lang: other.lang, blocks: blocks(otherText, other.label) },
    };
  });
  return { columns, missing: computed(() => comparison()?.missing ?? null) };
}
