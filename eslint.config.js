// `npm run lint` (and `npm test`): ESLint 9 flat config with typescript-eslint's type-aware rules.
// The rules keep what the codebase already does: no `any`, every promise awaited or handled, type
// imports marked, ESM relative imports with their `.js` extension, strict equality.
// Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative specifier without the extension node's ESM resolver needs (`.js`, `.mjs`, `.json`). */
const extensionlessRelative = String.raw`/^\.{1,2}\u002F(?!.*\.(?:js|mjs|json)$)/`;
const importExtensionMessage =
  'Relative imports name the file node loads, with its extension (`./x.js`, also for a .ts source): ESM does not guess extensions.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      '**/node_modules/**',
      // Written by `npm run generate` and compared byte for byte by `npm run check:generated`.
      'src/generated/**',
      'examples/*/pacts/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One program for every linted file (tsconfig.eslint.json includes them all): faster than a
        // project service opening one per tsconfig, and spectral/'s JavaScript is linted with its JSDoc types.
        project: './tsconfig.eslint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `typeof import('…')` stays allowed: it types a module loaded lazily (optional peers, fast-check) without loading it.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // `_name` marks a parameter a signature requires but the body does not use (Spectral functions, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      // The code writes `{ name }`, never `{ name: name }`; this also tidies what other autofixes leave behind.
      'object-shorthand': ['error', 'properties'],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportDeclaration[source.value=${extensionlessRelative}]`, message: importExtensionMessage },
        { selector: `ExportNamedDeclaration[source.value=${extensionlessRelative}]`, message: importExtensionMessage },
        { selector: `ExportAllDeclaration[source.value=${extensionlessRelative}]`, message: importExtensionMessage },
        { selector: `ImportExpression[source.value=${extensionlessRelative}]`, message: importExtensionMessage },
      ],
      // Off: an `async` function without `await` is how a function meets a Promise-returning interface and turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // Off: `String(value)` on parsed JSON is deliberate (messages show whatever the document holds); restrict-template-expressions still bars objects in template literals.
      '@typescript-eslint/no-base-to-string': 'off',
      // Off: the CLI and its tests match control characters on purpose, to escape them from echoed input.
      'no-control-regex': 'off',
      // TypeScript reports undefined names itself (and knows node's globals from @types/node); ESLint's rule does not know types.
      'no-undef': 'off',
    },
  },
  {
    files: ['test/**', 'scripts/**'],
    rules: {
      // Relaxed in tests and dev scripts only: they read JSON.parse/YAML output and edit loosely typed documents
      // (test/support/loose-json.ts); no-explicit-any still keeps a new `any` from being written.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
