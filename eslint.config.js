// @ts-check
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Type-aware rules, plus the import boundaries of architecture.md as
 * restricted-path zones (the Signal Desktop way), plus no network modules in
 * the main process or the vault.
 */
const networkModules = ['http', 'https', 'net', 'dns', 'http2', 'tls', 'dgram'].flatMap((name) => [name, `node:${name}`])

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'tests/support/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./electron', './renderer', './db', './tests'], message: 'shared/ imports nothing of ours.' },
            { target: './renderer', from: ['./electron', './db', './tests'], message: 'renderer/ imports shared/ only.' },
            { target: './db', from: ['./electron', './renderer', './tests'], message: 'db/ imports shared/ only.' },
            { target: './electron', from: ['./renderer', './tests'], message: 'electron/ wires db/ and shared/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(node:|electron$|react)', message: 'shared/ runs everywhere: no Node, Electron or DOM.' }] }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...networkModules, 'electron'].map((name) => ({ name, message: 'db/ runs under plain Node and never touches the network.' })) }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: networkModules.map((name) => ({ name, message: 'Tafelwerk never touches the network.' })) }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(node:|electron$)', message: 'The renderer is sandboxed: shared/ and the browser only.' }] }],
    },
  },
  // Plain JavaScript helpers carry no types to check.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // Migrations are written against an untyped Kysely on purpose: they never import app types.
    files: ['db/migrations/2*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
)
