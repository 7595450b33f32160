// Which font each writing system is drawn in, read from the one place that decides it: the
// [data-script='<Script>'] rules in src/styles.css (the script comes from languages.json, through
// <html data-script>). languages-validation.mjs checks every language's script has a rule, and
// bench/languages.bench.ts finds each script's font file by the family its rule names.

/** `[data-script='Arab'] { ... }`: the rule for a whole script, not for one element inside it. */
const SCRIPT_RULE = /\[data-script='([A-Za-z]+)'\]\s*\{([^}]*)\}/g;
const FONT_FAMILY = /(?:^|;)\s*font-family\s*:\s*([^;]+)/;

/**
 * The font family each script's rule names first, by script code.
 * @param {string} css the text of src/styles.css
 * @returns {Map<string, string>} e.g. `Arab` → `Noto Naskh Arabic`
 */
export function scriptFonts(css) {
  /** @type {Map<string, string>} */
  const fonts = new Map();
  for (const [, script, body] of css.matchAll(SCRIPT_RULE)) {
    const families = FONT_FAMILY.exec(body)?.[1];
    const first = families
      ?.split(',')[0]
      .trim()
      .replace(/^['"]|['"]$/g, '');
    if (first) fonts.set(script, first);
  }
  return fonts;
}

/**
 * The name @fontsource gives a family's package and font files: `Noto Naskh Arabic` is
 * `@fontsource/noto-naskh-arabic`, built to `media/noto-naskh-arabic-arabic-400-normal-<hash>.woff2`.
 * @param {string} family
 */
export function fontsourceName(family) {
  return family.trim().toLowerCase().replace(/\s+/g, '-');
}
