// @ts-check
/**
 * Lint rules, including the boundaries between layers (DESIGN.md): shared/ is pure, electron/ never reaches into the
 * renderer, the renderer never imports Electron or Node, renderer/data/ knows no feature, and components reach the
 * database only through renderer/data/ hooks and repositories.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const noElectronOrNode = [
  {
    name: 'electron',
    message: 'Only electron/ may import Electron; the renderer talks to it through the bridge.',
  },
];
const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' };

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e*/',
      'dist-bench*/',
      'dist-electron/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectronOrNode,
            { name: 'react', message: 'shared/ is pure domain code: no React.' },
            { name: 'dexie', message: 'shared/ is pure domain code: the store lives in renderer/data/.' },
          ],
          patterns: [
            nodeBuiltins,
            {
              group: [
                '@renderer/*',
                '../renderer/*',
                '../../renderer/*',
                '../electron/*',
                '../../electron/*',
              ],
              message: 'shared/ imports nothing of the renderer or the shell.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    // The loggers are the one place that writes to the console.
    files: ['shared/log.ts', 'electron/log.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/*'], message: 'The renderer reaches the shell only through the bridge.' },
          ],
        },
      ],
    },
  },
  {
    // Features see data through hooks and repositories, never the database itself.
    files: ['renderer/features/**', 'renderer/app/**', 'renderer/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectronOrNode,
            { name: 'dexie', message: 'Use a hook or repository from renderer/data/.' },
          ],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/data/db', '@renderer/data/db'],
              message: 'Components never import the database: use a hook from renderer/data/hooks/.',
            },
            {
              group: ['**/data/repositories/*'],
              message: 'Features use hooks from renderer/data/hooks/, which wrap the repositories.',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer serves features; it must not depend on them.
    files: ['renderer/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodeBuiltins,
            { group: ['@renderer/features/*', '**/features/*'], message: 'renderer/data/ knows no feature.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@renderer/*', '**/renderer/*'], message: 'The shell never imports renderer code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests hand small fakes to code that expects Electron's classes.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
);
