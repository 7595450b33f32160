/**
 * Text size and contrast, applied to <html> before Angular starts so the first paint already has
 * them (main.ts); kept tiny, as part of the first bundle. The high-contrast theme is its own
 * stylesheet, `<link id="contrast" disabled>` in index.html: a disabled stylesheet is not fetched,
 * so it costs nothing to readers who did not choose it.
 */
export function applyReadingComfort(
  doc: Document,
  textSize: string | null,
  contrast: boolean,
): void {
  doc.documentElement.style.fontSize = textSize ? `${textSize}%` : '';
  const link = doc.getElementById('contrast') as HTMLLinkElement | null;
  if (link) link.disabled = !contrast;
}
