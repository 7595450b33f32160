import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideTranslateService } from '@ngx-translate/core';
import { WINDOW } from '../tokens/browser';
import { TranslatedTitleStrategy } from './translated-title-strategy';

describe('TranslatedTitleStrategy', () => {
  it('names nothing once the reader is leaving, even when a page title comes after', () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        TranslatedTitleStrategy,
        { provide: WINDOW, useValue: { location: {}, localStorage } },
      ],
    });
    const strategy = TestBed.inject(TranslatedTitleStrategy);
    const title = TestBed.inject(Title);
    strategy.refresh();
    expect(title.getTitle()).not.toBe('');
    // Exit tapped before the app started (src/index.html's first script).
    document.dispatchEvent(new Event('ds-leaving'));
    strategy.refresh();
    expect(title.getTitle()).toBe('');
  });
});
