import type { Vault } from '../../../../db/vault/vault'
import type { Input } from '../../../../shared/contract/index'
import { channelParts } from '../channel-parts'
import type { Operation } from '../floor-row'
import { caseListFloor } from './case-list.floor'
import { referenceId } from './references'

type Query = Input<'case:list'>

/** What a secretary filters and sorts by, one variant per run in turn: a page of 100 rows. */
async function listQueries(vault: Vault): Promise<Query[]> {
  const db = vault.db
  const none = { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' }
  const [uitvoering, analyse, afgesloten] = await Promise.all(
    ['uitvoering', 'analyse', 'afgesloten'].map((code) => referenceId(db, 'phase', 'code', code)),
  )
  const drugs = await referenceId(db, 'theme', 'name', 'Georganiseerde drugscriminaliteit')
  const vastgoed = await referenceId(db, 'theme', 'name', 'Fraude of misbruik in de vastgoedsector')
  const abc = await referenceId(db, 'omt_table', 'code', 'ABC')
  const leiden = await referenceId(db, 'gemeente', 'name', 'Leiden')
  const variants: Omit<Query, 'offset' | 'limit'>[] = [
    { filter: { ...none, phaseIds: [uitvoering ?? '', analyse ?? ''] }, sort: { by: 'updated', direction: 'desc' } },
    { filter: { ...none, themeIds: [drugs] }, sort: { by: 'code', direction: 'asc' } },
    { filter: { ...none, tableIds: [abc], kinds: ['lokaal'] }, sort: { by: 'alias', direction: 'asc' } },
    { filter: { ...none, gemeenteIds: [leiden] }, sort: { by: 'phase', direction: 'asc' } },
    { filter: none, sort: { by: 'updated', direction: 'desc' } },
    { filter: { ...none, text: 'haven' }, sort: { by: 'code', direction: 'desc' } },
    {
      filter: { ...none, phaseIds: [afgesloten ?? ''], themeIds: [vastgoed, drugs] },
      sort: { by: 'table', direction: 'asc' },
    },
    { filter: { ...none, text: 'bibob' }, sort: { by: 'updated', direction: 'desc' } },
  ]
  // The unfiltered variant jumps to a later page, as dragging the scroll bar does.
  return variants.map((query, index) => ({ ...query, after: null, offset: index === 4 ? 1000 : 0, limit: 100 }))
}

/** Scrolling on: the page after the first unfiltered one, by its cursor (keyset, no offset). */
async function scrollQuery(parts: ReturnType<typeof channelParts<'case:list'>>, first: Query): Promise<Query> {
  const page = await parts.call({ ...first, offset: 0 })
  if (!page.next) throw new Error('the first page has no cursor')
  return { ...first, offset: 0, after: page.next }
}

export async function caseListOperation(vault: Vault, runs: number): Promise<Operation> {
  const parts = channelParts(vault, 'case:list')
  const listed = await listQueries(vault)
  const unfiltered = listed[4]
  if (!unfiltered) throw new Error('no unfiltered variant')
  const queries = [...listed, await scrollQuery(parts, unfiltered)]
  const outputs = await Promise.all(queries.map((query) => parts.call(query)))
  const pick = <T>(list: T[], run: number) => list[run % list.length] as T
  return {
    name: 'case-list-page',
    budget: { text: 'p95 < 20 ms, ratio ≤ 2', limit_ms: 20, on: 'p95', ratio: 2 },
    runs,
    ours: (run) => parts.call(pick(queries, run)),
    handler: (run) => parts.handler(pick(queries, run)),
    log: (run) => parts.appendLog(pick(queries, run), pick(outputs, run)),
    floor: caseListFloor(queries),
    logShape: parts.logShape(pick(queries, 0), pick(outputs, 0)),
    parse: (run) => parts.parseOutput(pick(outputs, run)),
    extra: { rows: 100, variants: queries.length },
  }
}
