import { Signal, computed, signal } from '@angular/core';

/** The reader's language for a link or handout: the adviser's choice, else `fallback`. */
export function readerLanguageChoice(fallback: () => string): {
  readonly code: Signal<string>;
  readonly choose: (code: string) => void;
} {
  const chosen = signal<string | null>(null);
  return {
    code: computed(() => chosen() ?? fallback()),
    choose: (code) => chosen.set(code),
  };
}
