import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schema/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Promises a caller forgets (an unawaited notice, an async callback where a sync one is expected)
    // fail silently at run time: these two rules need the type checker, so they run on TypeScript only.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The engine must stay free of the runner and of vendors: it talks to providers through ports.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', 'undici', '**/providers/**', '**/adapters/**'] }],
    },
  },
  {
    files: ['src/providers/**/*.ts'],
    // The GitHub provider's Octokit comes from @actions/github; no other provider needs the toolkit.
    ignores: ['src/providers/github/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/core', '@actions/github', '**/adapters/**'] }],
    },
  },
  {
    files: ['src/providers/github/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/core', '**/adapters/**'] }],
    },
  },
);
