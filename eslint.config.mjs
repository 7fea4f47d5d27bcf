import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PARENT_IMPORT = {group: ['../*'], message: "Import across folders with '@site/src/...'."};

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // Prettier wraps code at 100 columns but never splits a string: keep long prose in data and
    // messages to readable lines too (URLs and regular expressions may run on).
    files: ['**/*.{ts,tsx,mjs,js}'],
    rules: {
      'max-len': [
        'error',
        {code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: '^\\s*url: '},
      ],
    },
  },
  {
    // One import style: `@site/...` across folders, `./` only for a file's own neighbours.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: [PARENT_IMPORT]}]},
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Widget logic stays free of React and the DOM, so it can be tested in Node and reused.
    files: [
      'src/widgets/*/logic.ts',
      'src/widgets/**/logic/**/*.ts',
      'src/lib/**/*.ts',
      'src/data/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            PARENT_IMPORT,
            {
              group: ['react', 'react-dom', '@docusaurus/*', '@theme/*'],
              message: 'Logic modules are plain TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
