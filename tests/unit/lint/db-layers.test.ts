import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layers of db/ are lint rules (eslint.config.js): each rule is shown to
 * fire on a deliberate violation and to stay quiet on a legal import, so a rule
 * that silently stops matching fails here. Fixtures are linted at virtual paths
 * inside each layer; only the import and syntax rules matter, so type-aware
 * rules are switched off (the fixtures exist on no disk and in no tsconfig).
 */
const root = join(import.meta.dirname, '..', '..', '..')
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
})
const layerRules = new Set(['no-restricted-imports', 'no-restricted-syntax'])

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) })
  if (!result) throw new Error(`no lint result for ${path}`)
  const fatal = result.messages.filter((message) => message.fatal)
  if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'))
  return result.messages
    .filter((message) => message.ruleId !== null && layerRules.has(message.ruleId))
    .map((message) => message.message)
}

const importing = (from: string) => `import { x } from '${from}'\nexport const y = x\n`

describe('db/ layers', () => {
  it.each([
    ['db/kernel/fixture.queries.ts', '../agenda/agenda-rows.queries', 'The kernel is the bottom layer'],
    ['db/kernel/schema/fixture.table.ts', '../../meetings/meeting.queries', 'The kernel is the bottom layer'],
    ['db/kernel/fixture.queries.ts', '../read-models/meeting-page.queries', 'The kernel is the bottom layer'],
    [
      'db/agenda/fixture.queries.ts',
      '../read-models/meeting-page.queries',
      'A feature module imports the kernel and other features only',
    ],
    [
      'db/meetings/fixture.queries.ts',
      '../handlers/dispatch',
      'A feature module imports the kernel and other features only',
    ],
    ['db/cases/fixture.queries.ts', '../vault/vault', 'A feature module imports the kernel and other features only'],
    [
      'db/read-models/fixture.queries.ts',
      '../handlers/create-handlers',
      'A read model imports the kernel and features only',
    ],
    ['db/exports/fixture.ts', '../vault/vault', 'A read model imports the kernel and features only'],
    ['db/vault/fixture.ts', '../meetings/meeting.queries', 'The vault opens, keys and migrates the database'],
    ['db/migrations/2099-01-01-01-fixture.ts', '../kernel/schema/database', 'A migration imports only kysely'],
    ['db/migrations/2099-01-01-01-fixture.ts', 'node:crypto', 'A migration imports only kysely'],
    ['db/migrations/2099-01-01-01-fixture.ts', 'zod', 'A migration imports only kysely'],
  ])('%s may not import %s', async (path, from, message) => {
    expect(await problems(path, importing(from))).toEqual([expect.stringContaining(message)])
  })

  it.each([
    ['db/kernel/fixture.queries.ts', './schema/database'],
    ['db/kernel/schema/fixture.table.ts', '../../../shared/domain/meeting'],
    ['db/agenda/fixture.queries.ts', '../kernel/meeting-guard.queries'],
    ['db/agenda/fixture.queries.ts', '../decisions/decision-rows.queries'],
    ['db/read-models/fixture.queries.ts', '../agenda/agenda-rows.queries'],
    ['db/exports/fixture.ts', '../read-models/meeting-page.queries'],
    ['db/handlers/fixture.ts', '../vault/vault'],
    ['db/handlers/fixture.ts', '../read-models/case-page.queries'],
    ['db/vault/fixture.ts', '../migrations/migrate'],
    ['db/vault/fixture.ts', '../kernel/schema/database'],
    ['db/migrations/2099-01-01-01-fixture.ts', 'kysely'],
    ['db/migrations/index.ts', './2099-01-01-01-fixture'],
    ['db/migrations/migrate.ts', 'kysely/migration'],
  ])('%s may import %s', async (path, from) => {
    expect(await problems(path, importing(from))).toEqual([])
  })

  it('keeps the zone boundary in every layer', async () => {
    expect(await problems('db/kernel/fixture.queries.ts', importing('../../renderer/src/app'))).toEqual([
      expect.stringContaining('db/ imports shared/ only'),
    ])
    expect(await problems('db/agenda/fixture.queries.ts', importing('node:https'))).toEqual([
      expect.stringContaining('never touches the network'),
    ])
  })
})

describe('SQL lives in *.queries.ts', () => {
  const query =
    "import type { Db } from '../kernel/schema/database'\nexport const rows = (db: Db) => db.selectFrom('meeting').selectAll().execute()\n"
  const rawSql = "import { sql } from 'kysely'\nexport const now = sql`SELECT 1`\n"

  it('refuses a query or the sql tag in any other file', async () => {
    expect(await problems('db/decisions/decision-plan.ts', query)).toEqual([
      expect.stringContaining('SQL lives in *.queries.ts'),
    ])
    expect(await problems('db/agenda/agenda-order.ts', rawSql)).toEqual([
      expect.stringContaining('SQL lives in *.queries.ts'),
    ])
    expect(
      await problems(
        'db/demo/generate-demo-data.ts',
        'export const run = (db: { transaction(): unknown }) => db.transaction()\n',
      ),
    ).toEqual([expect.stringContaining('SQL lives in *.queries.ts')])
  })

  it('accepts them in a *.queries.ts file, a migration and the vault', async () => {
    expect(await problems('db/decisions/decision-plan.queries.ts', query)).toEqual([])
    expect(await problems('db/agenda/agenda-order.queries.ts', rawSql)).toEqual([])
    expect(await problems('db/migrations/2099-01-01-01-fixture.ts', rawSql)).toEqual([])
    expect(
      await problems(
        'db/vault/fixture.ts',
        "export const pragma = (db: { selectFrom(table: string): unknown }) => db.selectFrom('meeting')\n",
      ),
    ).toEqual([])
  })
})

describe('only feature modules write', () => {
  const write =
    "import type { Db } from '../kernel/schema/database'\nexport const touch = (db: Db) => db.updateTable('meeting').set({ updated_at: '' }).execute()\n"

  it('refuses a write in a read model or a handler', async () => {
    expect(await problems('db/read-models/fixture.queries.ts', write)).toEqual([
      expect.stringContaining("Only a feature's write module writes its tables"),
    ])
    expect(await problems('db/exports/fixture.queries.ts', write)).toEqual([
      expect.stringContaining("Only a feature's write module writes its tables"),
    ])
    expect(await problems('db/handlers/fixture.ts', write)).toEqual([
      expect.stringContaining('SQL lives in *.queries.ts'),
    ])
  })

  it('accepts a write in a feature module and a read in a read model', async () => {
    expect(await problems('db/meetings/fixture.queries.ts', write)).toEqual([])
    expect(
      await problems(
        'db/read-models/fixture.queries.ts',
        "import type { Db } from '../kernel/schema/database'\nexport const rows = (db: Db) => db.selectFrom('meeting').selectAll().execute()\n",
      ),
    ).toEqual([])
  })
})

describe('db/ folders', () => {
  // A folder added to db/ without a place in eslint.config.js's dbLayers would be bound by no layer.
  const folders = readdirSync(join(root, 'db'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'handlers')
    .map((entry) => entry.name)
  it.each(folders)('db/%s has a layer below the handlers', async (folder) => {
    expect(await problems(`db/${folder}/fixture.queries.ts`, importing('../handlers/create-handlers'))).not.toEqual([])
  })
})

describe('the district report reads only its allowed columns', () => {
  const reads = (body: string) =>
    `import type { ReportDb } from './report-tables'\nexport const read = (db: ReportDb) => ${body}\n`

  it('refuses the full schema, raw SQL and selectAll in the report folder', async () => {
    expect(await problems('db/district-report/fixture.queries.ts', importing('../kernel/schema/database'))).toEqual([
      expect.stringContaining('report-tables.ts'),
    ])
    expect(await problems('db/district-report/fixture.queries.ts', importing('../subjects/subject.queries'))).toEqual([
      expect.stringContaining('report-tables.ts'),
    ])
    expect(
      await problems(
        'db/district-report/fixture.queries.ts',
        "import { sql } from 'kysely'\nexport const raw = sql`select name from subject`\n",
      ),
    ).toEqual([expect.stringContaining('report-tables.ts')])
    expect(
      await problems('db/district-report/fixture.queries.ts', reads("db.selectFrom('omt_case').selectAll().execute()")),
    ).toEqual([expect.stringContaining('report-tables.ts')])
  })

  it('accepts named columns through a ReportDb, and the schema in report-tables.ts', async () => {
    expect(
      await problems(
        'db/district-report/fixture.queries.ts',
        reads("db.selectFrom('omt_case').select(['id', 'kind']).execute()"),
      ),
    ).toEqual([])
    expect(await problems('db/district-report/report-tables.ts', importing('../kernel/schema/database'))).toEqual([])
  })
})
