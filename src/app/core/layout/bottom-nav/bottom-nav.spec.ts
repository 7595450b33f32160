import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { BottomNav } from './bottom-nav';

@Component({ template: '' })
class Blank {}

@Component({
  imports: [BottomNav, RouterOutlet],
  template: `<router-outlet /><app-bottom-nav />`,
})
class Shell {}

describe('BottomNav', () => {
  async function at(url: string): Promise<Record<string, string | null>> {
    const router = TestBed.inject(Router);
    const fixture = TestBed.createComponent(Shell);
    await router.navigateByUrl(url);
    await fixture.whenStable();
    const current: Record<string, string | null> = {};
    for (const link of (fixture.nativeElement as HTMLElement).querySelectorAll('nav a')) {
      const path = link.getAttribute('href')!;
      current[path] = link.getAttribute('aria-current');
      expect(link.classList.contains('active'))
        .withContext(`${path} at ${url}`)
        .toBe(current[path] === 'page');
    }
    return current;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: Blank }]), provideTranslateService()],
    });
  });

  it('marks home as the current page only on / itself, whatever the query', async () => {
    expect(await at('/')).toEqual({
      '/': 'page',
      '/tips': null,
      '/guides': null,
      '/contacts': null,
      '/notes': null,
    });
    expect((await at('/?from=install'))['/']).toBe('page');
    expect((await at('/tips'))['/']).toBeNull();
  });

  it('marks a section current on itself and below, not on a look-alike path', async () => {
    expect((await at('/tips'))['/tips']).toBe('page');
    const deep = await at('/guides/subject-access-request?compare=ar#steps');
    expect(deep['/guides']).toBe('page');
    expect(deep['/tips']).toBeNull();
    expect((await at('/notes-old'))['/notes']).toBeNull();
  });
});
