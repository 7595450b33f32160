/** A stand-in for speechSynthesis in specs: headless Chromium has no voices. */
export interface FakeUtterance {
  readonly text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  onend: (() => void) | null;
  onerror: (() => void) | null;
}

export function fakeVoice(lang: string, options: Partial<SpeechSynthesisVoice> = {}) {
  return {
    lang,
    name: `Voice ${lang}`,
    voiceURI: `voice-${lang}`,
    localService: true,
    default: false,
    ...options,
  } as SpeechSynthesisVoice;
}

export class FakeSpeech {
  readonly spoken: FakeUtterance[] = [];
  cancels = 0;
  private listeners: (() => void)[] = [];

  constructor(private voices: SpeechSynthesisVoice[] = []) {}

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  /** The browser has loaded its voices late, as Chrome does. */
  loadVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.listeners.forEach((listener) => listener());
  }

  addEventListener(type: string, listener: () => void): void {
    if (type === 'voiceschanged') this.listeners.push(listener);
  }

  removeEventListener(type: string, listener: () => void): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
  }

  cancel(): void {
    this.cancels++;
  }

  /** The utterance being spoken comes to its end. */
  finish(): void {
    this.spoken.at(-1)?.onend?.();
  }

  get texts(): string[] {
    return this.spoken.map((u) => u.text);
  }
}

export const fakeUtterance = (text: string) =>
  ({
    text,
    voice: null,
    lang: '',
    onend: null,
    onerror: null,
  }) as unknown as SpeechSynthesisUtterance;
