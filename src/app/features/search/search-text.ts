/** How search cuts text into words and makes words that people write differently equal. */

/** A word: letters, digits and the marks on them, between spaces and punctuation. */
const WORD = /[^\s\p{P}\p{S}]+/gu;

/** Marks over and under letters once NFKD has split them off: accents, Arabic short vowels, hamza. */
const MARKS = /[\p{M}\u0640]/gu;

/**
 * Letters that Arabic, Farsi, Pashto and Sorani readers type in more than one form (alef maqsura
 * and Farsi yeh for yeh, Farsi kaf for kaf, teh marbuta for heh). A phone keyboard decides which
 * one comes out, so a search must not care.
 */
const SAME_LETTER: Readonly<Record<string, string>> = {
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
};
const VARIANTS = /[ىیکة]/g;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words repeat a lot (in texts, snippets, queries): each is normalised once. */
const normalised = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

/**
 * One word as the index keeps it: lower case, without accents or Arabic-script vowel marks
 * (so أ إ آ become ا), with letter variants unified. Null for nothing left.
 */
export function normaliseWord(word: string): string | null {
  let plain = normalised.get(word);
  if (plain === undefined) {
    plain =
      word
        .toLowerCase()
        .normalize('NFKD')
        .replace(MARKS, '')
        .replace(VARIANTS, (letter) => SAME_LETTER[letter]) || null;
    if (normalised.size >= CACHE_LIMIT) normalised.clear();
    normalised.set(word, plain);
  }
  return plain;
}

/** A piece of a snippet: plain text, or the words that matched the search. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * A short extract of `text` around the first matched word, cut into segments so the template can
 * wrap matches in <mark> while everything stays text (never HTML).
 * @param matched the index's forms of the words that matched (normaliseWord of each).
 */
export function snippet(text: string, matched: ReadonlySet<string>, maxLength = 160): Segment[] {
  const found = [...text.matchAll(WORD)].filter((m) => matched.has(normaliseWord(m[0]) ?? ''));
  const first = found[0]?.index ?? 0;
  let start = first > maxLength / 3 ? text.lastIndexOf(' ', first - maxLength / 3) + 1 : 0;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  if (start < 0) start = 0;
  const segments: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.mark === mark)
      segments[segments.length - 1] = { text: last.text + piece, mark };
    else segments.push({ text: piece, mark });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (const match of found) {
    const from = match.index;
    const to = from + match[0].length;
    if (from < start || to > end) continue;
    push(text.slice(at, from), false);
    push(match[0], true);
    at = to;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(' …', false);
  return segments;
}
