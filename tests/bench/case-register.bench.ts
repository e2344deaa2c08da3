import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import { measure } from './measure'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
const RUNS = 300

/**
 * The case register at the generator's benchmark scale (5,000 cases, 30,000
 * subjects and objects, 15,000 interventions), measured through the real
 * dispatcher: input parsing, handler, output parsing. Targets (issue 3): list
 * page p95 < 20 ms, case page < 10 ms, search top 20 < 50 ms.
 */
export async function benchCaseRegister(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-cases-'))
  const vault = new Vault(folder)
  try {
    await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
    const started = performance.now()
    const counts = await generateDemoData(vault.db, { seed: 2026, scale: 1 })
    const generationMs = Math.round(performance.now() - started)
    const dataset = { ...counts, generation_ms: generationMs }
    const dispatch = createDispatcher(vault)
    const call = async (channel: string, input: unknown) => {
      const answer = await dispatch(channel, input)
      // A refused request answers fast; it must never pass for a fast one.
      if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code}`)
      return answer.value
    }

    const db = vault.db
    const idOf = async (table: 'phase' | 'theme' | 'omt_table' | 'gemeente', column: 'code' | 'name', value: string) =>
      (await db.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow()).id
    const uitvoering = await idOf('phase', 'code', 'uitvoering')
    const analyse = await idOf('phase', 'code', 'analyse')
    const afgesloten = await idOf('phase', 'code', 'afgesloten')
    const drugs = await idOf('theme', 'name', 'Georganiseerde drugscriminaliteit')
    const vastgoed = await idOf('theme', 'name', 'Fraude of misbruik in de vastgoedsector')
    const abc = await idOf('omt_table', 'code', 'ABC')
    const leiden = await idOf('gemeente', 'name', 'Leiden')
    const none = { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' }
    const listQueries = [
      { filter: { ...none, phaseIds: [uitvoering, analyse] }, sort: { by: 'updated', direction: 'desc' } },
      { filter: { ...none, themeIds: [drugs] }, sort: { by: 'code', direction: 'asc' } },
      { filter: { ...none, tableIds: [abc], kinds: ['lokaal'] }, sort: { by: 'alias', direction: 'asc' } },
      { filter: { ...none, gemeenteIds: [leiden] }, sort: { by: 'phase', direction: 'asc' } },
      { filter: none, sort: { by: 'updated', direction: 'desc' } },
      { filter: { ...none, text: 'haven' }, sort: { by: 'code', direction: 'desc' } },
      {
        filter: { ...none, phaseIds: [afgesloten], themeIds: [vastgoed, drugs] },
        sort: { by: 'table', direction: 'asc' },
      },
      { filter: { ...none, text: 'bibob' }, sort: { by: 'updated', direction: 'desc' } },
    ].map((query, index) => ({ ...query, offset: index === 4 ? 1000 : 0, limit: 100 }))
    await measure(
      'case-register.case-list-page',
      RUNS,
      (run) => call('case:list', listQueries[run % listQueries.length]),
      {
        rows: 100,
        variants: listQueries.length,
        ...dataset,
      },
    )

    // Case pages spread over the register, the largest (most subjects) included.
    const caseIds = (await db.selectFrom('omt_case').select('id').orderBy('code').execute())
      .map((row) => row.id)
      .filter((_, index) => index % 17 === 0)
    const largest = await db
      .selectFrom('involvement')
      .select('case_id')
      .groupBy('case_id')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .limit(5)
      .execute()
    const pages = [...largest.map((row) => row.case_id), ...caseIds]
    await measure('case-register.case-page', RUNS, (run) => call('case:get', { id: pages[run % pages.length] }), {
      cases: pages.length,
    })

    // What people type: names, aliases, codes, themes, measures, partial words.
    const terms = [
      'haven',
      'jan de vries',
      'vastgoed',
      'D-2024',
      'damocles',
      'kenteken',
      'mohamed',
      'westland',
      'b.v.',
      'de',
      'a',
      'reig',
      'Yilmaz',
      'beslag fiod',
    ]
    await measure(
      'case-register.search-top-20',
      RUNS,
      (run) => call('search:query', { text: terms[run % terms.length], limitPerKind: 20 }),
      {
        terms: terms.length,
        limitPerKind: 20,
      },
    )
  } finally {
    vault.lock()
    rmSync(folder, { recursive: true, force: true })
  }
}
