// Lint rules that protect the architecture: floating promises crash bots, and the core stays Discord-free.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'tests/eval/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core (engine, search, schedule, store, render, config) must never depend on Discord.
    files: ['src/**/*.ts'],
    ignores: ['src/bot/**', 'src/main.ts', 'src/deploy.ts', 'src/sharded.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'], message: 'The core is Discord-free: only src/bot and commands/ may import discord.js.' }],
      }],
    },
  },
  {
    // Only the config module reads the environment.
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from the typed config (src/config), not process.env.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
