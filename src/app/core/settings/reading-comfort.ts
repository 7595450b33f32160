/**
 * Text size and contrast, applied to <html> before Angular starts so the first paint already has
 * them (main.ts); kept tiny, as part of the first bundle. The high-contrast theme is its own
 * stylesheet, `contrast.css`, linked only once a reader chooses it. A `<link disabled>` in
 * index.html was fetched all the same by Chromium's parser, on every first visit.
 *
 * Resolves once the sheet is in (loaded or failed), at once when it is not wanted or already
 * there: an app initializer waits for it (main.ts), so the first screen is never drawn in normal
 * contrast. A script-made link cannot block rendering by itself from the end of <body>.
 */
export function applyReadingComfort(
  doc: Document,
  textSize: string | null,
  contrast: boolean,
): Promise<void> {
  doc.documentElement.style.fontSize = textSize ? `${textSize}%` : '';
  let link = doc.getElementById('contrast') as HTMLLinkElement | null;
  let loaded = Promise.resolve();
  if (!link && contrast) {
    const sheet = doc.createElement('link');
    sheet.id = 'contrast';
    sheet.rel = 'stylesheet';
    sheet.href = 'contrast.css';
    loaded = new Promise((done) => {
      sheet.addEventListener('load', () => done(), { once: true });
      sheet.addEventListener('error', () => done(), { once: true });
    });
    doc.head.append(sheet);
    link = sheet;
  }
  if (link) link.disabled = !contrast;
  return loaded;
}
