import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://localhost:8099/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--no-first-run','--disable-quic'] });
const res = [];
for (let i = 0; i < Number(process.env.N ?? 3); i++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: process.env.SW ? 'allow' : 'block' });
  await context.addInitScript(() => {
    window.__lt = []; window.__lcp = 0; window.__cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__lt.push([Math.round(e.startTime), Math.round(e.duration), e.attribution?.[0]?.containerSrc ?? '']))).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForTimeout(Number(process.env.WAIT ?? 8000));
  const r = await page.evaluate(() => ({ lt: window.__lt, lcp: Math.round(window.__lcp), cls: window.__cls, fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0) }));
  const tbt = r.lt.filter(([s]) => s > r.fcp).reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
  res.push({ fcp: r.fcp, lcp: r.lcp, cls: r.cls.toFixed(3), tbtAfterFcp: tbt, longtasks: r.lt.map(([s, d]) => `${s}+${d}`).join(' ') });
  await context.close();
}
console.log(res);
await browser.close();
