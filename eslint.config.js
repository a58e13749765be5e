// @ts-check
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint = correctness + the architecture's boundaries (docs/architecture.md):
 * lib/ is pure logic; entrypoints are thin roots that never import each other; components get data by props.
 */
export default tseslint.config(
  // Generated files: the NER model (megabytes of base64) and the titles list.
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'lib/entities/person-titles.ts', 'lib/ner/model/**', '.tmpner/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, 'no-unsanitized': noUnsanitized },
    settings: {
      // Resolve extension-less relative imports of .ts/.tsx files, so the path zones below see them.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      // Page and API strings are never inserted as HTML (docs/architecture.md, "The page is hostile").
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Strings are rendered as text, never as HTML.' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: ['./entrypoints', './components', './utils'],
              message: 'lib/ is pure logic: it takes the document, fetch and the clock as parameters.',
            },
            { target: './components', from: ['./entrypoints', './utils'], message: 'Components get their data through props.' },
            { target: './entrypoints/article.content', from: ['./entrypoints/background', './entrypoints/sidepanel', './entrypoints/options'] },
            { target: './entrypoints/sidepanel', from: ['./entrypoints/background', './entrypoints/article.content', './entrypoints/options'] },
            { target: './entrypoints/options', from: ['./entrypoints/background', './entrypoints/article.content', './entrypoints/sidepanel'] },
            { target: './entrypoints/background', from: ['./entrypoints/sidepanel', './entrypoints/article.content', './entrypoints/options', './components'] },
          ],
        },
      ],
      // lib/ runs in Node and in every context: no extension, framework or UI modules.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '#i18n', 'webextension-polyfill', '@wxt-dev/*'], message: 'lib/ uses no extension API.' },
            { group: ['preact', 'preact/*'], message: 'lib/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'lib/ uses no extension API.' }, { name: 'browser', message: 'lib/ uses no extension API.' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Plain JavaScript has no type checker to catch an undefined name (an import forgotten in an e2e suite once
    // cancelled the whole suite): no-undef, with Node's globals and, for the functions the suites run in pages
    // and extension pages, the browser's and the extension APIs'.
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly', browser: 'readonly' } },
    rules: { 'no-undef': 'error' },
  },
);
