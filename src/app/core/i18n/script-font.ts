/**
 * Starts loading the self-hosted font that `data-script="<script>"` asks for (src/styles.css
 * names one per script), so that the screen is drawn in it instead of swapping fonts, and moving
 * the text, a moment later. The family is read from a hidden probe carrying the attribute, not
 * from the page: the page keeps its own script, and line height, until the new language's texts
 * are there (and keeps them if its file fails). `sample` is a few words in the language: a font's
 * unicode-range only matches text in its script. Gives up waiting after `limitMs` on a slow link;
 * the font then swaps in when it arrives.
 */
export async function loadScriptFont(
  document: Document,
  script: string,
  sample: string,
  limitMs = 2500,
): Promise<void> {
  const fonts = document.fonts;
  const view = document.defaultView;
  if (!fonts?.load || !view) return;
  const probe = document.createElement('span');
  probe.setAttribute('data-script', script);
  probe.hidden = true;
  let family: string;
  try {
    (document.body ?? document.documentElement).append(probe);
    family = view.getComputedStyle(probe).fontFamily;
  } finally {
    probe.remove();
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
  try {
    await Promise.race([fonts.load(`1em ${family}`, sample).then(() => undefined), limit]);
  } catch {
    // A font that fails to load leaves the phone's own font: nothing to wait for.
  } finally {
    clearTimeout(timer);
  }
}
