import { InjectionToken, inject } from '@angular/core';
import { WINDOW } from '../../../core/tokens/browser';

/**
 * The browser's speech synthesis, or null where there is none. A token, so specs can hand in a
 * stand-in: headless Chromium has no voices to speak with.
 */
export const SPEECH = new InjectionToken<SpeechSynthesis | null>('SPEECH', {
  providedIn: 'root',
  factory: () => inject(WINDOW).speechSynthesis ?? null,
});

/** Makes the utterances the synthesizer speaks (the real constructor, unless a spec swaps it). */
export const UTTERANCE = new InjectionToken<(text: string) => SpeechSynthesisUtterance>(
  'UTTERANCE',
  {
    providedIn: 'root',
    factory: () => {
      const window = inject(WINDOW) as Window & typeof globalThis;
      return (text) => new window.SpeechSynthesisUtterance(text);
    },
  },
);
