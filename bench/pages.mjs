// The pages issue 12 measures a first visit on: by Lighthouse (bench/lighthouse.mjs) and as a
// slowed Chromium feels it (bench/felt-blocking.bench.ts).
export const FIRST_VISIT_PAGES = [
  '/',
  '/tips',
  '/tips/protect-your-phone',
  '/guides/subject-access-request',
  '/contacts',
];
