import { Route, Router } from '@angular/router';
import { lazyRouteFor, prefetchFirstRouteCode } from './first-route-code';

describe('the first route code', () => {
  const Home = class {};
  const tips: Route = { path: 'tips', loadChildren: () => Promise.resolve([]) };
  const routes: Route[] = [{ path: '', component: Home }, tips, { path: 'about', component: Home }];

  it('finds the lazy route of the first segment, whatever follows it', () => {
    expect(lazyRouteFor(routes, '/tips')).toBe(tips);
    expect(lazyRouteFor(routes, '/tips?lang=en')).toBe(tips);
    expect(lazyRouteFor(routes, '/tips/protect-your-phone?lang=en#steps')).toBe(tips);
    expect(lazyRouteFor(routes, 'tips/protect-your-phone')).toBe(tips);
  });

  it('finds none for home, an eager route or an unknown one', () => {
    expect(lazyRouteFor(routes, '')).toBeUndefined();
    expect(lazyRouteFor(routes, '/?lang=en')).toBeUndefined();
    expect(lazyRouteFor(routes, '/about')).toBeUndefined();
    expect(lazyRouteFor(routes, '/tipsy')).toBeUndefined();
    expect(lazyRouteFor(routes, '/?x=/tips')).toBeUndefined();
  });

  it('asks for the code once, and leaves a failed download for the router to meet', async () => {
    let asked = 0;
    const failing: Route = {
      path: 'guides',
      loadChildren: () => {
        asked++;
        return Promise.reject(new Error('Failed to fetch dynamically imported module'));
      },
    };
    const router = { config: [failing] } as unknown as Router;
    const unhandled = jasmine.createSpy('unhandledrejection');
    window.addEventListener('unhandledrejection', unhandled);
    prefetchFirstRouteCode(router, '/guides/health-data');
    await new Promise((done) => setTimeout(done, 20));
    window.removeEventListener('unhandledrejection', unhandled);
    expect(asked).toBe(1);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('lets the app start when the loader throws at once', () => {
    const throwing: Route = {
      path: 'guides',
      loadChildren: () => {
        throw new Error('inject() must be called from an injection context');
      },
    };
    const router = { config: [throwing] } as unknown as Router;
    expect(() => prefetchFirstRouteCode(router, '/guides')).not.toThrow();
  });
});
