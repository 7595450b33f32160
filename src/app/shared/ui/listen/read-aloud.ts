import { DestroyRef, inject, signal } from '@angular/core';
import { EXIT_HOOKS } from '../../../core/safety/quick-exit';
import { SPEECH, UTTERANCE } from './speech';

export type ReadingState = 'idle' | 'playing' | 'paused';

/** How long to wait for a browser that loads its voices late and never says it has none. */
export const VOICE_WAIT_MS = 1500;

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * Reads a list of paragraphs aloud, one utterance each, with a voice of the text's own language.
 * Only voices on the device are used: a network voice would send the text to a speech server.
 * Create it in an injection context (a component's field): it stops when that component goes.
 * (Not a component provider: that feature alone would add 2 kB to the first bundle.)
 */
export class ReadAloud {
  private readonly speech = inject(SPEECH);
  private readonly utterance = inject(UTTERANCE);
  private readonly voices = signal<readonly SpeechSynthesisVoice[]>([]);
  private paragraphs: readonly string[] = [];
  private voice: SpeechSynthesisVoice | null = null;
  /** Bumped on every start and stop, so events of an utterance already cancelled are ignored. */
  private run = 0;

  /** True once the browser has listed its voices, or has had time to. */
  readonly voicesKnown = signal(false);
  private markKnown = () => undefined as void;
  private readonly known = new Promise<void>((resolve) => (this.markKnown = resolve));
  readonly state = signal<ReadingState>('idle');
  /** The paragraph being read, or -1. */
  readonly current = signal(-1);

  constructor() {
    // Quick exit silences the voice at once: a page read aloud is heard across a room.
    const hooks = inject(EXIT_HOOKS);
    const silence = () => this.stop();
    hooks.push(silence);
    inject(DestroyRef).onDestroy(() => hooks.splice(hooks.indexOf(silence), 1));
    const speech = this.speech;
    if (!speech) {
      this.setKnown();
      return;
    }
    const list = () => {
      this.voices.set(speech.getVoices().filter((voice) => voice.localService));
      if (speech.getVoices().length) this.setKnown();
    };
    const changed = () => {
      list();
      this.setKnown();
    };
    speech.addEventListener('voiceschanged', changed);
    const timer = setTimeout(() => this.setKnown(), VOICE_WAIT_MS);
    list();
    inject(DestroyRef).onDestroy(() => {
      speech.removeEventListener('voiceschanged', changed);
      clearTimeout(timer);
      this.stop();
    });
  }

  /** Resolves once the voices are known (at most VOICE_WAIT_MS after creation). */
  whenVoicesKnown(): Promise<void> {
    return this.known;
  }

  /** The device's voice for a language (by its main subtag: `ar` matches `ar-SA`), or null. */
  voiceFor(lang: string): SpeechSynthesisVoice | null {
    const matching = this.voices().filter((voice) => primary(voice.lang) === primary(lang));
    return matching.find((voice) => voice.default) ?? matching[0] ?? null;
  }

  /** Starts reading from the first paragraph; false when there is no voice for `lang`. */
  start(paragraphs: readonly string[], lang: string): boolean {
    const voice = this.voiceFor(lang);
    if (!this.speech || !voice) return false;
    this.stop();
    this.paragraphs = paragraphs;
    this.voice = voice;
    this.speak(0);
    return true;
  }

  /**
   * Pausing cancels the paragraph and resuming reads it again from its start: speechSynthesis's
   * own pause() is unreliable on Android, where it often stops for good.
   */
  pause(): void {
    if (this.state() !== 'playing') return;
    this.run++;
    this.speech?.cancel();
    this.state.set('paused');
  }

  resume(): void {
    if (this.state() === 'paused') this.speak(this.current());
  }

  stop(): void {
    this.run++;
    if (this.state() !== 'idle') this.speech?.cancel();
    this.state.set('idle');
    this.current.set(-1);
  }

  private setKnown(): void {
    this.voicesKnown.set(true);
    this.markKnown();
  }

  private speak(index: number): void {
    const run = ++this.run;
    if (index >= this.paragraphs.length) {
      this.stop();
      return;
    }
    const utterance = this.utterance(this.paragraphs[index]);
    utterance.voice = this.voice;
    utterance.lang = this.voice!.lang;
    utterance.onend = () => {
      if (run === this.run) this.speak(index + 1);
    };
    utterance.onerror = () => {
      if (run === this.run) this.stop();
    };
    this.current.set(index);
    this.state.set('playing');
    this.speech!.speak(utterance);
  }
}
