import {
  EnvironmentInjector,
  createEnvironmentInjector,
  runInInjectionContext,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FakeSpeech, fakeUtterance, fakeVoice } from '../../../../testing/fake-speech';
import { ReadAloud, VOICE_WAIT_MS } from './read-aloud';
import { EXIT_HOOKS } from '../../../core/safety/quick-exit';
import { SPEECH, UTTERANCE } from './speech';

describe('ReadAloud (with a stand-in synthesizer)', () => {
  let speech: FakeSpeech;
  let injector: EnvironmentInjector;

  function create(voices: SpeechSynthesisVoice[]): ReadAloud {
    speech = new FakeSpeech(voices);
    injector = createEnvironmentInjector(
      [
        { provide: SPEECH, useValue: speech },
        { provide: UTTERANCE, useValue: fakeUtterance },
      ],
      TestBed.inject(EnvironmentInjector),
    );
    return runInInjectionContext(injector, () => new ReadAloud());
  }

  afterEach(() => {
    if (!injector.destroyed) injector.destroy();
  });

  it('chooses a device voice of the text language by its main subtag', () => {
    const reader = create([
      fakeVoice('en-GB'),
      fakeVoice('ar-EG', { name: 'Network Arabic', localService: false }),
      fakeVoice('ar-SA', { name: 'Arabic' }),
      fakeVoice('ar_AE', { name: 'Default Arabic', default: true }),
    ]);
    expect(reader.voiceFor('ar')?.name).toBe('Default Arabic');
    expect(reader.voiceFor('en')?.lang).toBe('en-GB');
    expect(reader.voiceFor('fa')).toBeNull();
  });

  it('never uses a network voice: it would send the text away', () => {
    const reader = create([fakeVoice('ar-SA', { localService: false })]);
    expect(reader.voiceFor('ar')).toBeNull();
    expect(reader.start(['نص'], 'ar')).toBeFalse();
    expect(speech.spoken).toEqual([]);
  });

  it('with no voice for the language it reads nothing, not even with another voice', () => {
    const reader = create([fakeVoice('en-GB', { default: true })]);
    expect(reader.start(['مرحبا'], 'ar')).toBeFalse();
    expect(speech.spoken).toEqual([]);
    expect(reader.state()).toBe('idle');
  });

  it('learns of voices that load late, and gives up waiting after a while', () => {
    jasmine.clock().install();
    try {
      const reader = create([]);
      expect(reader.voicesKnown()).toBeFalse();
      speech.loadVoices([fakeVoice('uk-UA')]);
      expect(reader.voicesKnown()).toBeTrue();
      expect(reader.voiceFor('uk')?.lang).toBe('uk-UA');

      const silent = create([]);
      jasmine.clock().tick(VOICE_WAIT_MS - 1);
      expect(silent.voicesKnown()).toBeFalse();
      jasmine.clock().tick(1);
      expect(silent.voicesKnown()).toBeTrue();
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('reads paragraph after paragraph with the chosen voice, then stops', () => {
    const reader = create([fakeVoice('ar-SA')]);
    expect(reader.start(['أ', 'ب', 'ج'], 'ar')).toBeTrue();
    expect(speech.texts).toEqual(['أ']);
    expect(speech.spoken[0].lang).toBe('ar-SA');
    expect(speech.spoken[0].voice?.lang).toBe('ar-SA');
    expect([reader.state(), reader.current()]).toEqual(['playing', 0]);
    speech.finish();
    expect(reader.current()).toBe(1);
    speech.finish();
    expect(speech.texts).toEqual(['أ', 'ب', 'ج']);
    speech.finish();
    expect([reader.state(), reader.current()]).toEqual(['idle', -1]);
  });

  it('pauses and goes on with the same paragraph; a cancelled one does not move on', () => {
    const reader = create([fakeVoice('en-GB')]);
    reader.start(['one', 'two', 'three'], 'en');
    speech.finish();
    reader.pause();
    expect(speech.cancels).toBeGreaterThan(0);
    expect([reader.state(), reader.current()]).toEqual(['paused', 1]);
    speech.finish(); // the browser ends the cancelled utterance
    expect(speech.texts).toEqual(['one', 'two']);
    reader.resume();
    expect(speech.texts).toEqual(['one', 'two', 'two']);
    expect(reader.state()).toBe('playing');
  });

  it('falls silent on quick exit, and leaves no hook behind when it goes', () => {
    const hooks = TestBed.inject(EXIT_HOOKS);
    const before = hooks.length;
    const reader = create([fakeVoice('en-GB')]);
    expect(hooks.length).toBe(before + 1);
    reader.start(['one', 'two'], 'en');
    hooks.forEach((hook) => hook());
    expect(reader.state()).toBe('idle');
    expect(speech.cancels).toBeGreaterThan(0);
    injector.destroy();
    expect(hooks.length).toBe(before);
  });

  it('stops at once, ignores the stopped utterance, and stops when its owner goes', () => {
    const reader = create([fakeVoice('en-GB')]);
    reader.start(['one', 'two'], 'en');
    reader.stop();
    speech.finish();
    expect(speech.texts).toEqual(['one']);
    expect([reader.state(), reader.current()]).toEqual(['idle', -1]);

    reader.start(['one', 'two'], 'en');
    const cancels = speech.cancels;
    injector.destroy();
    expect(speech.cancels).toBe(cancels + 1);
    expect(reader.state()).toBe('idle');
  });
});
