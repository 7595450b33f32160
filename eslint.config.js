// @ts-check
const eslint = require('@eslint/js');
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');

/*
 * Feature boundaries (issue 14, item 3). A feature is a folder under src/app/features/; another
 * feature may import only its public face, `features/<name>/index.ts`. Pieces several features
 * need live in src/app/shared/ (components) or src/app/core/ (app-wide services), and those two
 * never import a feature. Imports are relative, so which `../` reaches the features folder
 * depends on how deep the importing file sits: one block per depth.
 */
const DEEP_FEATURE_IMPORT =
  'Another feature is private: import it through its index.ts (`features/<name>`), or move what ' +
  'several features share to src/app/shared/ or src/app/core/.';
const featureBoundary = (depth) => ({
  files: [`src/app/features/*/${'*/'.repeat(depth)}*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // `../` (depth + 1) times reaches src/app/features/; anything below a sibling's folder
            // name is a deep import. `../<name>` alone resolves to its index.ts and is allowed.
            regex: `^(\\.\\./){${depth + 1}}(?!\\.\\.)[^/]+/.+`,
            message: DEEP_FEATURE_IMPORT,
          },
        ],
      },
    ],
  },
});

module.exports = defineConfig([
  { ignores: ['dist/', 'node_modules/', '.angular/', 'test-results/', 'playwright-report/'] },
  {
    files: ['**/*.ts'],
    extends: [
      eslint.configs.recommended,
      tseslint.configs.recommended,
      tseslint.configs.stylistic,
      angular.configs.tsRecommended,
    ],
    processor: angular.processInlineTemplates,
    rules: {
      // `const { a, ...rest } = x` is how we drop a field from a record.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Angular's sanitizer is our XSS defence: bypassing it is never allowed.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Identifier[name=/^bypassSecurityTrust/]',
          message: 'bypassSecurityTrust* is forbidden: render through templates instead.',
        },
        {
          selector: 'Literal[value=/^bypassSecurityTrust/]',
          message: 'bypassSecurityTrust* is forbidden: render through templates instead.',
        },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
    },
  },
  featureBoundary(0),
  featureBoundary(1),
  featureBoundary(2),
  {
    files: ['src/app/core/**/*.ts', 'src/app/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)features(/|$)',
              message: 'core/ and shared/ never depend on a feature: move the piece here instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The app shell loads each feature's routes file lazily, and the home screen through its index.
    files: ['src/app/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./features/([^/]+)/(?!\\1\\.routes$).+',
              message: DEEP_FEATURE_IMPORT,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {},
  },
]);
