import { Answers, Condition, LetterBlock, LetterKind, LetterTextFile } from './letter-model';
import { formatIsoDate } from '../../core/i18n/date-format';

/** Formats a `YYYY-MM-DD` answer for the letter's language. */
export type DateFormat = (isoDate: string) => string;

export interface RenderOptions {
  readonly texts: LetterTextFile;
  readonly formatDate: DateFormat;
  /** The date the letter is written, `YYYY-MM-DD`. */
  readonly today: string;
  /**
   * Wraps each line of an answer in Unicode isolates, so a Latin address keeps its order inside
   * right-to-left text. Only for reading on screen: the letter that is sent stays clean text.
   */
  readonly isolate?: boolean;
}

const isolated = (value: string) =>
  value
    .split('\n')
    .map((line) => `\u2068${line}\u2069`)
    .join('\n');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLOT = /\{\{(\w+)\}\}/g;

/** An answer that counts as given: anything but blanks. */
export function answered(answers: Answers, field: string): boolean {
  return (answers[field] ?? '').trim() !== '';
}

export function holds(condition: Condition, answers: Answers): boolean {
  const [field, value] = condition.split('=');
  return value === undefined ? answered(answers, field) : answers[field] === value;
}

/** The value of a choice field, or its initial choice when the reader has not picked yet. */
export function withInitialChoices(kind: LetterKind, answers: Answers): Answers {
  const filled: Record<string, string> = { ...answers };
  for (const field of kind.fields) {
    if (field.type === 'choice' && !field.options?.includes(filled[field.id] ?? '')) {
      filled[field.id] = field.initial ?? field.options?.[0] ?? '';
    }
  }
  return filled;
}

/** The blocks that show for these answers, each as its line templates. */
function visibleBlocks(
  kind: LetterKind,
  answers: Answers,
  texts: LetterTextFile,
): { kind: LetterBlock['kind']; templates: string[] }[] {
  const any = (conditions?: readonly Condition[]) =>
    !conditions || conditions.some((condition) => holds(condition, answers));
  return kind.blocks
    .filter((block) => any(block.when))
    .map((block) => ({
      kind: block.kind,
      templates: block.lines
        .filter((line) => any(line.when))
        .map((line) => line.raw ?? texts.texts[line.text ?? ''] ?? ''),
    }))
    .filter((block) => block.templates.length > 0);
}

/**
 * The letter as plain-text blocks. Answers are substituted as they are (a letter is text, so
 * nothing needs escaping here; the page shows it through text bindings only). A skipped field
 * becomes its bracketed placeholder; a block or line that exists only for an answer is left out.
 */
export function renderLetter(
  kind: LetterKind,
  rawAnswers: Answers,
  options: RenderOptions,
): LetterBlock[] {
  const answers = withInitialChoices(kind, rawAnswers);
  const types = new Map(kind.fields.map((field) => [field.id, field.type]));
  // One pass over the template, so an answer that looks like {{slot}} stays literal text.
  const fill = (template: string) =>
    template.replace(SLOT, (_, name: string) => {
      if (name === 'today') return options.formatDate(options.today);
      const value = (answers[name] ?? '').trim();
      if (!value) return options.texts.placeholders[name] ?? `[${name}]`;
      if (types.get(name) === 'date' && ISO_DATE.test(value)) return options.formatDate(value);
      return options.isolate ? isolated(value) : value;
    });
  return visibleBlocks(kind, answers, options.texts).map((block) => ({
    kind: block.kind,
    text: block.templates.map(fill).join('\n'),
  }));
}

/** The fields whose placeholder still shows in the letter, so the page can list them. */
export function missingFields(
  kind: LetterKind,
  rawAnswers: Answers,
  texts: LetterTextFile,
): string[] {
  const answers = withInitialChoices(kind, rawAnswers);
  const missing = new Set<string>();
  for (const block of visibleBlocks(kind, answers, texts)) {
    for (const template of block.templates) {
      for (const [, name] of template.matchAll(SLOT)) {
        if (name !== 'today' && !answered(answers, name)) missing.add(name);
      }
    }
  }
  return kind.fields.map((field) => field.id).filter((id) => missing.has(id));
}

/** The letter as a plain-text file or clipboard text: blocks apart, list items together. */
export function letterAsText(blocks: readonly LetterBlock[]): string {
  return blocks
    .map((block, i) => {
      const text = block.kind === 'item' ? `- ${block.text}` : block.text;
      const next = blocks[i + 1];
      const together = block.kind === 'item' && next?.kind === 'item';
      return text + (next ? (together ? '\n' : '\n\n') : '\n');
    })
    .join('');
}

/** Today as `YYYY-MM-DD` in the reader's own time zone. */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1990-03-01" → "1 March 1990" in a locale (the same formatting as the app's other dates). */
export function dateFormatter(locale: string): DateFormat {
  return (iso) => formatIsoDate(iso, locale);
}
