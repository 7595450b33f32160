import { version } from '../../../../package.json';

// Set by `ng build --define` in scripts/build.mjs (the build of `npm run build`, `npm start`,
// `npm test` and `npm run release`). A plain `ng build`, `ng serve` or a unit test has none.
declare const DS_BUILD_DATE: string | undefined;

/** What the About page tells a reader about the app they hold. */
export const BUILD_INFO = {
  /** package.json's version, set by `npm run release`. */
  version,
  /** The day the build was made (UTC, YYYY-MM-DD), or null in a development build. */
  buildDate: typeof DS_BUILD_DATE === 'string' ? DS_BUILD_DATE : null,
} as const;
