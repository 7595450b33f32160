import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../tokens/browser';
import { ExitTarget } from './exit-target';
import { DEFAULT_EXIT_URL } from './exit-url';

describe('ExitTarget', () => {
  const clear = () => {
    localStorage.removeItem('ds.exitUrl');
    localStorage.removeItem('ds.pendingExitUrl');
  };
  beforeEach(() => {
    clear();
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WINDOW,
          useValue: { location: { origin: 'https://sanctuary.example' }, localStorage },
        },
      ],
    });
  });
  afterEach(clear);

  it('keeps the last good target when a refused address is typed', () => {
    const target = TestBed.inject(ExitTarget);
    expect(target.choose('https://news.example/').ok).toBeTrue();
    expect(target.choose('https://192.168.1.1/')).toEqual({ ok: false, problem: 'local' });
    expect(target.choose('https://sanctuary.example/')).toEqual({ ok: false, problem: 'this-app' });
    expect(target.url()).toBe('https://news.example/');
    expect(target.current()).toBe('https://news.example/');
  });

  it('holds an address from a backup until the reader accepts it', () => {
    const target = TestBed.inject(ExitTarget);
    expect(target.offer('https://elsewhere.example/')).toBe('offered');
    expect(target.url()).toBe(DEFAULT_EXIT_URL);
    expect(target.pending()).toBe('https://elsewhere.example/');
    target.acceptPending();
    expect(target.url()).toBe('https://elsewhere.example/');
    expect(target.pending()).toBeNull();
    expect(localStorage.getItem('ds.pendingExitUrl')).toBeNull();
  });

  it('drops an offered address the reader refuses, and refuses unsafe ones outright', () => {
    const target = TestBed.inject(ExitTarget);
    target.offer('https://elsewhere.example/');
    target.dropPending();
    expect(target.url()).toBe(DEFAULT_EXIT_URL);
    expect(target.offer('http://elsewhere.example/')).toBe('refused');
    expect(target.offer('https://localhost/')).toBe('refused');
    expect(target.offer(DEFAULT_EXIT_URL)).toBe('same');
    expect(target.pending()).toBeNull();
  });

  it('shows a waiting address again after a restart, but only one that passes the checks', () => {
    localStorage.setItem('ds.pendingExitUrl', 'https://10.0.0.1/');
    expect(TestBed.inject(ExitTarget).pending()).toBeNull();
  });
});
