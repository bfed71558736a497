import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { translationKeys } from './eslint/translationKeys.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-electron/',
      'release/',
      'native/',
      'test-results/',
      'playwright-report/',
      'bench-output/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // A key written in t('…') must exist in both languages (eslint/translationKeys.js).
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { paraat: { rules: { 'translation-keys': translationKeys } } },
    rules: { 'paraat/translation-keys': 'error' },
  },
  {
    // The domain is pure: it must not reach for Electron, React, SQLite or the file system.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'react', 'react-dom', 'better-sqlite3', 'node:*', 'fs', 'path'] },
      ],
    },
  },
  {
    // The renderer never touches Node: everything goes through the bridge.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'better-sqlite3', 'node:*', '**/storage/*', '**/ipc/handlers'] },
      ],
    },
  },
);
