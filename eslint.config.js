// @ts-check
import prettierCompatible from 'eslint-config-prettier/flat'
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
const networkModules = ['http', 'https', 'net', 'dns', 'http2', 'tls', 'dgram'].flatMap((name) => [
  name,
  `node:${name}`,
])
const intoFolders = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message })
const restrict = (patterns, paths = []) => ['error', { patterns, paths }]
const rendererBoundaries = [
  { regex: '^(node:|electron$)', message: 'The renderer is sandboxed: shared/ and the browser only.' },
  intoFolders(['electron', 'db', 'tests'], 'renderer/ imports shared/ only.'),
]

/**
 * db/ in layers, bottom to top. A layer imports the layers below it, never one
 * above: the kernel (schema, the one Db type, guards, reference checks) knows
 * no feature; feature modules are the only code that writes a feature's tables
 * and may call each other's (dependency-cruiser keeps those calls acyclic);
 * read models assemble pages and documents; handlers answer the channels. The
 * vault opens and migrates the database and knows no feature; migrations
 * import kysely only, because app code changes and a migration may not.
 */
const dbLayers = {
  kernel: ['kernel'],
  features: [
    'reference',
    'settings',
    'subjects',
    'interventions',
    'cases',
    'attachments',
    'actions',
    'attendance',
    'minutes',
    'decisions',
    'agenda',
    'meetings',
    'search',
    'enforcement-issues',
    'demo',
    'district-report',
    'retention',
    'vault-users',
    'processing-register',
  ],
  readModels: ['read-models', 'exports', 'processing-log-viewer'],
  // The processing log is kept by the vault itself: every open vault has one.
  vault: ['vault', 'processing-log'],
  // Back-up and restore copy and check the whole vault, so they sit on top of it.
  backup: ['backup'],
  migrations: ['migrations'],
  handlers: ['handlers'],
}
const reportLayer = 'A feature module imports the kernel and other features only.'
const reportPrivacy =
  'The district report reads only the tables and columns of db/district-report/report-tables.ts: take a ReportDb, add a column there if the report may read it.'
const dbZone = intoFolders(['electron', 'renderer', 'tests'], 'db/ imports shared/ only.')
const dbPaths = [...networkModules, 'electron'].map((name) => ({
  name,
  message: 'db/ runs under plain Node and never touches the network.',
}))
/** The import rule of one db/ layer: the zone boundary, plus the layers it may not reach. */
const dbLayer = (forbidden, message) => ({
  'no-restricted-imports': restrict(
    [
      dbZone,
      intoFolders(
        forbidden.flatMap((layer) => dbLayers[layer]),
        message,
      ),
    ],
    dbPaths,
  ),
})

/** Kysely calls that start a statement; a file making them is a *.queries.ts file. */
const statementStarts = (names, message) => [
  { selector: `CallExpression[callee.property.name=/^(${names.join('|')})$/]`, message },
]
const writeCalls = ['insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto']
const sqlOutsideQueries = 'SQL lives in *.queries.ts: move the query there, or rename the file.'
const sqlSyntax = [
  ...statementStarts(['selectFrom', 'selectNoFrom', 'transaction', 'executeQuery', ...writeCalls], sqlOutsideQueries),
  {
    selector: "ImportDeclaration[source.value='kysely'] ImportSpecifier[imported.name='sql']",
    message: sqlOutsideQueries,
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', 'tests/support/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
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
  { files: ['db/**/*.ts'], rules: { 'no-restricted-imports': restrict([dbZone], dbPaths) } },
  {
    files: ['db/kernel/**/*.ts'],
    rules: dbLayer(
      ['features', 'readModels', 'vault', 'backup', 'migrations', 'handlers'],
      'The kernel is the bottom layer of db/: it imports no other db/ folder.',
    ),
  },
  {
    files: dbLayers.features.map((folder) => `db/${folder}/**/*.ts`),
    rules: dbLayer(
      ['readModels', 'vault', 'backup', 'migrations', 'handlers'],
      'A feature module imports the kernel and other features only; a page it answers with comes from the handler (see Answer).',
    ),
  },
  {
    // Privacy by construction (issue 11): the district report reads only the columns report-tables.ts names.
    // Only that file sees the full schema; the rest takes a ReportDb, and neither raw SQL nor selectAll
    // (which reads every column at run time, whatever the type says) can get past it.
    files: ['db/district-report/**/*.ts'],
    ignores: ['db/district-report/report-tables.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          dbZone,
          intoFolders(
            ['readModels', 'vault', 'backup', 'migrations', 'handlers'].flatMap((layer) => dbLayers[layer]),
            reportLayer,
          ),
          {
            regex: '(^|/)kernel/schema/',
            message: reportPrivacy,
          },
          intoFolders(
            dbLayers.features.filter((folder) => folder !== 'district-report'),
            reportPrivacy,
          ),
        ],
        dbPaths,
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='kysely'] ImportSpecifier[imported.name='sql']",
          message: reportPrivacy,
        },
        { selector: "CallExpression[callee.property.name='selectAll']", message: reportPrivacy },
      ],
    },
  },
  {
    files: dbLayers.readModels.map((folder) => `db/${folder}/**/*.ts`),
    rules: dbLayer(['vault', 'backup', 'migrations', 'handlers'], 'A read model imports the kernel and features only.'),
  },
  {
    files: dbLayers.vault.map((folder) => `db/${folder}/**/*.ts`),
    rules: dbLayer(
      ['features', 'readModels', 'backup', 'handlers'],
      'The vault opens, keys and migrates the database: it knows no feature.',
    ),
  },
  {
    files: dbLayers.backup.map((folder) => `db/${folder}/**/*.ts`),
    rules: dbLayer(
      ['readModels', 'handlers'],
      'Back-up and restore copy and check the whole vault: they use the vault, its migrations and its settings, never a read model or a handler.',
    ),
  },
  {
    files: ['db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          regex: '^(?!kysely(/|$)|\\./[^/]+$)',
          message:
            'A migration imports only kysely (and its sibling migrations): app code changes, a migration may not.',
        },
      ]),
    },
  },
  {
    // Only feature modules write: read models and handlers call them.
    files: [...dbLayers.readModels, ...dbLayers.handlers].map((folder) => `db/${folder}/**/*.ts`),
    rules: {
      'no-restricted-syntax': [
        'error',
        ...statementStarts(writeCalls, "Only a feature's write module writes its tables: call it."),
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/**/*.queries.ts', 'db/migrations/**', 'db/vault/**'],
    rules: { 'no-restricted-syntax': ['error', ...sqlSyntax] },
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
        {
          regex: '(^|/)api/request$',
          importNames: ['request'],
          message:
            'Use useVaultQuery or useVaultMutation (renderer/src/api/) instead of calling request() from a component.',
        },
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
  // Last: layout is Prettier's job (npm run format), so no lint rule may argue with it.
  prettierCompatible,
)
