// ESLint flat config: typescript-eslint's type-aware recommended rules, Prettier owns formatting.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'bench/results/**',
      'docs/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': 'off',
    },
  },
  {
    // lib/ stays framework-free: no browser extension APIs, no UI framework, no storage library.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '#imports',
                'preact',
                'preact/*',
                'dexie',
                '@wxt-dev/*',
                '@webext-core/*',
                'webextension-polyfill',
              ],
              message: 'lib/ is framework-free (DESIGN.md layering).',
            },
            {
              group: [
                '../../platform/*',
                '../../components/*',
                '../../entrypoints/*',
                '../platform/*',
                '../components/*',
                '../entrypoints/*',
              ],
              message: 'lib/ imports nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ must not call browser APIs.' },
        { name: 'chrome', message: 'lib/ must not call browser APIs.' },
      ],
    },
  },
  prettier,
);
