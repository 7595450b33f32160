/**
 * Invisible format characters (Unicode category Cf) that can hide or reorder text: bidi marks
 * and overrides (U+061C, U+200E/F, U+202A–E, U+2066–9), zero-width space and word joiner, the
 * byte-order mark, soft hyphen, interlinear annotation marks and tag characters (U+E0000 block),
 * which can carry a hidden message (issue 15, finding 9).
 */
const FORMAT = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,6}\u{E007F}|\p{Cf}/gu;

/**
 * Kept: ZWNJ (U+200C) and ZWJ (U+200D), which Persian, Kurdish, Urdu and Bengali spelling needs
 * (and emoji sequences); the Arabic number and end-of-ayah signs and the other "prepended" marks,
 * which print as visible signs.
 */
const KEEP = new Set([
  0x200c, 0x200d, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891,
  0x08e2, 0x110bd, 0x110cd,
]);

/** Removes hidden format characters, keeping those real writing needs (see KEEP). */
export function stripFormatCharacters(text: string): string {
  // A tag sequence after a black flag is a flag emoji (England, Scotland, Wales): kept whole.
  return text.replace(FORMAT, (match) =>
    match.startsWith('\u{1F3F4}') || KEEP.has(match.codePointAt(0)!) ? match : '',
  );
}
