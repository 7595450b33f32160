/** How search cuts text into words and makes words that people write differently equal. */

/** A word: letters, digits and the marks on them, between spaces and punctuation. */
const WORD = /[^\s\p{P}\p{S}]+/gu;

/**
 * Marks over and under letters once NFKD has split them off: accents and Vietnamese tones, Arabic
 * short vowels and hamza, the Bengali nukta and chandrabindu, and the joiners (ZWNJ, ZWJ) that
 * Persian, Kurdish and Bengali writers put in or leave out. Bengali vowel signs and the virama
 * are letters to their readers, so they stay.
 */
const MARKS = /(?![\u09BE-\u09CD\u09D7])[\p{M}\u0640\u200C\u200D]/gu;

/**
 * Letters that readers of Arabic-script languages type in more than one form: yeh (alef maqsura,
 * Farsi yeh, Urdu yeh barree), kaf, heh (teh marbuta, Urdu heh goal and do-chashmee), Urdu noon
 * ghunna; also Vietnamese đ, which NFKD keeps whole, and Bengali khanda ta. A phone keyboard
 * decides which one comes out, so a search must not care.
 */
const SAME_LETTER: Readonly<Record<string, string>> = {
  ى: 'ي',
  ی: 'ي',
  ے: 'ي',
  ک: 'ك',
  ة: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ں: 'ن',
  đ: 'd',
  ৎ: 'ত',
};
const VARIANTS = /[ىیےکةہھںđৎ]/g;

/** Persian, Urdu and Arabic digits read as the digits people type on an English keyboard. */
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u09E6-\u09EF]/g;
const digit = (d: string) => {
  const at = d.codePointAt(0)!;
  return String(at - (at >= 0x09e6 ? 0x09e6 : at >= 0x06f0 ? 0x06f0 : 0x0660));
};

/**
 * What Arabic joins to the front of a word: "and" (و, ف), "with/by" (ب), "for/to" (ل), "like"
 * (ك) and the article (ال), alone or stacked (والـ, بالـ, للـ). Longest first. A word keeps at
 * least three letters, or two after the article, so short words are not taken apart.
 */
const PREFIXES: readonly (readonly [string, number])[] = [
  ['وبال', 2],
  ['وال', 2],
  ['بال', 2],
  ['كال', 2],
  ['فال', 2],
  ['لل', 2],
  ['ال', 2],
  ['و', 3],
  ['ف', 3],
  ['ب', 3],
  ['ل', 3],
];
const ARABIC_LETTER = /^[\u0620-\u064A\u066E-\u06D3]/;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words repeat a lot (in texts, snippets, queries): each is normalised once. */
const normalised = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

/**
 * One word as the index keeps it: lower case, without accents, tones or Arabic-script vowel marks
 * (so أ إ آ become ا), with letter variants and digits unified. Null for nothing left.
 */
export function normaliseWord(word: string): string | null {
  let plain = normalised.get(word);
  if (plain === undefined) {
    plain =
      word
        .toLowerCase()
        .normalize('NFKD')
        .replace(MARKS, '')
        .replace(VARIANTS, (letter) => SAME_LETTER[letter])
        .replace(DIGITS, digit) || null;
    if (normalised.size >= CACHE_LIMIT) normalised.clear();
    normalised.set(word, plain);
  }
  return plain;
}

/** An Arabic-script word without what is joined to its front: الشرطة and بالشرطة give شرطه. */
export function withoutPrefix(plain: string): string {
  if (!ARABIC_LETTER.test(plain)) return plain;
  for (const [prefix, keep] of PREFIXES) {
    if (plain.startsWith(prefix) && plain.length - prefix.length >= keep) {
      return plain.slice(prefix.length);
    }
  }
  return plain;
}

/**
 * The forms the index keeps of a word: the word as written, and without its prefix. Both are
 * needed: the bare form lets شرطة find الشرطة; the whole form lets a reader who has typed only
 * the start of بيانات (بيا) find it before the prefix can be told apart.
 */
export function indexForms(word: string): string[] {
  const plain = normaliseWord(word);
  if (!plain) return [];
  const bare = withoutPrefix(plain);
  return bare === plain ? [plain] : [plain, bare];
}

/** A query word as the index is searched with: without its prefix, so الطبيب finds طبيب too. */
export function queryForm(word: string): string | null {
  const plain = normaliseWord(word);
  return plain && withoutPrefix(plain);
}

/** Whether a word of a text is one that a search matched, in any of its index forms. */
export function isMatched(word: string, matched: ReadonlySet<string>): boolean {
  return indexForms(word).some((form) => matched.has(form));
}

/** A piece of a snippet: plain text, or the words that matched the search. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * A short extract of `text` around the first matched word, cut into segments so the template can
 * wrap matches in <mark> while everything stays text (never HTML).
 * @param matched the index's forms of the words that matched (see indexForms).
 */
export function snippet(text: string, matched: ReadonlySet<string>, maxLength = 160): Segment[] {
  const found = [...text.matchAll(WORD)].filter((m) => isMatched(m[0], matched));
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
