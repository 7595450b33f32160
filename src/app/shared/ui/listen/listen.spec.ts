import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { LanguageInfo, findLanguage } from '../../../core/i18n/languages';
import { FakeSpeech, fakeUtterance, fakeVoice } from '../../../../testing/fake-speech';
import { Listen } from './listen';
import { SPEECH, UTTERANCE } from './speech';

@Component({
  imports: [Listen],
  template: `
    <article>
      <app-listen [lang]="lang()" />
      <h1 data-read>Title</h1>
      <p data-read>First</p>
      <p>Not read</p>
      <p data-read>Second</p>
    </article>
  `,
})
class Page {
  readonly lang = signal<LanguageInfo>(findLanguage('en')!);
}

describe('Listen', () => {
  let speech: FakeSpeech;

  function render(voices: SpeechSynthesisVoice[], lang = 'en') {
    speech = new FakeSpeech(voices);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslateService(),
        { provide: SPEECH, useValue: speech },
        { provide: UTTERANCE, useValue: fakeUtterance },
      ],
    });
    const fixture = TestBed.createComponent(Page);
    fixture.componentInstance.lang.set(findLanguage(lang)!);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const reading = (element: HTMLElement) =>
    [...element.querySelectorAll('.reading-now')].map((e) => e.textContent);

  it('reads the marked paragraphs and highlights the one being read', async () => {
    const { fixture, element } = render([fakeVoice('en-GB')]);
    element.querySelector<HTMLButtonElement>('[data-testid=listen-play]')!.click();
    await fixture.whenStable();
    expect(speech.texts).toEqual(['Title']);
    expect(reading(element)).toEqual(['Title']);
    speech.finish();
    await fixture.whenStable();
    expect(reading(element)).toEqual(['First']);

    element.querySelector<HTMLButtonElement>('[data-testid=listen-pause]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=listen-resume]')).not.toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid=listen-stop]')!.click();
    await fixture.whenStable();
    expect(reading(element)).toEqual([]);
    expect(element.querySelector('[data-testid=listen-play]')).not.toBeNull();
  });

  const play = async (fixture: { whenStable(): Promise<unknown> }, element: HTMLElement) => {
    element.querySelector<HTMLButtonElement>('[data-testid=listen-play]')!.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  it('says plainly when there is no voice, and offers English and side by side', async () => {
    const { fixture, element } = render([fakeVoice('en-GB')], 'ar');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=listen-no-voice]'))
      .withContext('only once asked')
      .toBeNull();
    await play(fixture, element);
    expect(element.querySelector('[role=status] [data-testid=listen-no-voice]')).not.toBeNull();
    const message = element.querySelector('[data-testid=listen-no-voice]')!;
    expect(message.textContent).toContain('listen.noVoice');
    expect(message.querySelector('[data-testid=listen-english]')).not.toBeNull();
    expect(message.querySelector('[data-testid=listen-side-by-side]')).not.toBeNull();
    expect(speech.spoken).toEqual([]);
  });

  it('offers side by side only when there is no English voice either', async () => {
    const { fixture, element } = render([], 'ar');
    speech.loadVoices([fakeVoice('fr-FR')]);
    await play(fixture, element);
    expect(element.querySelector('[data-testid=listen-no-voice]')).not.toBeNull();
    expect(element.querySelector('[data-testid=listen-english]')).toBeNull();
    expect(element.querySelector('[data-testid=listen-side-by-side]')).not.toBeNull();
  });
});
