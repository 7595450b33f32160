import {
  SHOW_ATTRIBUTE,
  STARTED_ATTRIBUTE,
  hydratesPrerenderedPage,
  markAppStarted,
} from './prerendered-page';

describe('prerendered page', () => {
  let page: Document;

  beforeEach(() => {
    page = document.implementation.createHTMLDocument('page');
    page.body.innerHTML = '<app-root ngh="0" ng-server-context="ssg"><h1>Tip</h1></app-root>';
  });

  it('is hydrated only when index.html let it show', () => {
    expect(hydratesPrerenderedPage(page)).toBeFalse();
    page.documentElement.setAttribute(SHOW_ATTRIBUTE, '');
    expect(hydratesPrerenderedPage(page)).toBeTrue();
  });

  it('is never hydrated when it is the shell, with nothing prerendered in it', () => {
    page.body.innerHTML = '<app-root></app-root>';
    page.documentElement.setAttribute(SHOW_ATTRIBUTE, '');
    expect(hydratesPrerenderedPage(page)).toBeFalse();
  });

  it('says when the app has started', () => {
    markAppStarted(page);
    expect(page.documentElement.hasAttribute(STARTED_ATTRIBUTE)).toBeTrue();
  });
});
