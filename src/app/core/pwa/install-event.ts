/**
 * Chromium offers installation once, early, with `beforeinstallprompt`. The shell only holds
 * that event from the start; `InstallPrompt`, which shows the offer, loads later with home's
 * second chunk and takes it from here (keeping it out of the first bundle).
 */
let held: Event | null = null;

export function holdInstallEvent(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    held = event;
  });
  target.addEventListener('appinstalled', () => (held = null));
}

/** The event the browser offered before anyone listened, if it is still good. */
export function takeHeldInstallEvent(): Event | null {
  const event = held;
  held = null;
  return event;
}
