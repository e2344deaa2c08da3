// @ts-check
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Type-aware rules, plus the import boundaries of architecture.md, plus no
 * network modules in the main process or the vault. The boundaries are
 * `no-restricted-imports` patterns on the relative path (our top-level folders
 * are the zones), which is what Signal Desktop's restricted-path zones check,
 * without a resolver plugin (eslint-plugin-import-x needs native resolver
 * binaries our registry mirror does not carry for every platform).
 */
const networkModules = ['http', 'https', 'net', 'dns', 'http2', 'tls', 'dgram'].flatMap((name) => [name, `node:${name}`])
const intoFolders = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message })
const restrict = (patterns, paths = []) => ['error', { patterns, paths }]
const rendererBoundaries = [
  { regex: '^(node:|electron$)', message: 'The renderer is sandboxed: shared/ and the browser only.' },
  intoFolders(['electron', 'db', 'tests'], 'renderer/ imports shared/ only.'),
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.cjs', 'tests/support/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^(node:|electron$|react)', message: 'shared/ runs everywhere: no Node, Electron or DOM.' },
        intoFolders(['electron', 'renderer', 'db', 'tests'], 'shared/ imports nothing of ours.'),
      ]),
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [intoFolders(['electron', 'renderer', 'tests'], 'db/ imports shared/ only.')],
        [...networkModules, 'electron'].map((name) => ({ name, message: 'db/ runs under plain Node and never touches the network.' })),
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [intoFolders(['renderer', 'tests'], 'electron/ wires db/ and shared/ only.')],
        networkModules.map((name) => ({ name, message: 'Tafelwerk never touches the network.' })),
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(rendererBoundaries),
    },
  },
  {
    // Screens read and write through useVaultQuery / useVaultMutation, which drop stale answers and keep the
    // error handling in one place. The stores call request() themselves: their actions run outside React,
    // where no hook can, and they outlive any one screen.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/**', 'renderer/src/stores/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...rendererBoundaries,
        { regex: '(^|/)api/request$', importNames: ['request'], message: 'Use useVaultQuery or useVaultMutation (renderer/src/api/) instead of calling request() from a component.' },
      ]),
    },
  },
  // Plain JavaScript helpers carry no types to check.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    // Migrations are written against an untyped Kysely on purpose: they never import app types.
    files: ['db/migrations/2*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
)
