/**
 * Text size and contrast, applied to <html> before Angular starts so the first paint already has
 * them (main.ts); kept tiny, as part of the first bundle. The high-contrast theme is its own
 * stylesheet, `contrast.css`, linked only once a reader chooses it. A `<link disabled>` in
 * index.html was fetched all the same by Chromium's parser, on every first visit.
 */
export function applyReadingComfort(
  doc: Document,
  textSize: string | null,
  contrast: boolean,
): void {
  doc.documentElement.style.fontSize = textSize ? `${textSize}%` : '';
  let link = doc.getElementById('contrast') as HTMLLinkElement | null;
  if (!link && contrast) {
    link = doc.createElement('link');
    link.id = 'contrast';
    link.rel = 'stylesheet';
    link.href = 'contrast.css';
    // Before Angular's first render, this keeps the screen from painting in normal contrast
    // while the sheet is on its way (from the worker's cache, after the first visit).
    link.setAttribute('blocking', 'render');
    doc.head.append(link);
  }
  if (link) link.disabled = !contrast;
}
