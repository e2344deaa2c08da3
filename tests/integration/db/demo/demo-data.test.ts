import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoData } from '../../../../db/demo/generate-demo-data'
import type { Vault } from '../../../../db/vault/vault'
import { isValidKvk } from '../../../../shared/domain/subject'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call, newCase, reference } from '../../../support/case-fixtures'

// 2% of the benchmark size: 100 cases, 600 subjects and objects, 300 interventions.
const SCALE = 0.02
let first: TempVault
let second: TempVault
beforeAll(async () => {
  ;[first, second] = await Promise.all([tempVault(), tempVault()])
  await generateDemoData(first.vault.db, { seed: 7, scale: SCALE })
})
afterAll(() => {
  first.cleanup()
  second.cleanup()
})

/** Everything generated, without reference ids (those differ per vault). */
async function fingerprint(vault: Vault) {
  const db = vault.db
  return {
    cases: await db
      .selectFrom('omt_case as c')
      .innerJoin('omt_table as t', 't.id', 'c.table_id')
      .innerJoin('case_summary as s', 's.case_id', 'c.id')
      .leftJoin('partner as sp', 'sp.id', 'c.signal_partner_id')
      .select([
        'sp.short_name as signal_partner',
        'c.id',
        'c.code',
        'c.alias',
        'c.kind',
        't.code as table',
        's.summary',
        'c.registered_on',
        'c.retention_until',
        'c.updated_at',
      ])
      .orderBy('c.code')
      .execute(),
    phases: await db
      .selectFrom('case_phase as p')
      .innerJoin('phase as ph', 'ph.id', 'p.phase_id')
      .select(['p.case_id', 'p.seq', 'ph.code', 'p.started_on'])
      .orderBy('p.id')
      .execute(),
    subjects: await db
      .selectFrom('subject')
      .select(['id', 'kind', 'name', 'birth_date', 'kvk', 'object_kind', 'description'])
      .orderBy('id')
      .execute(),
    involvements: await db
      .selectFrom('involvement')
      .select(['case_id', 'subject_id', 'opened_on', 'closed_on'])
      .orderBy('id')
      .execute(),
    interventions: await db
      .selectFrom('intervention')
      .select(['case_id', 'kind', 'subtype', 'status', 'started_on', 'ended_on', 'amount_cents', 'subject_id'])
      .orderBy('id')
      .execute(),
    enforcementIssues: await db
      .selectFrom('enforcement_issue as e')
      .leftJoin('district as d', 'd.id', 'e.district_id')
      .select(['e.id', 'd.code as district', 'e.name', 'e.designated_on', 'e.plan_adopted_on', 'e.finished_on'])
      .orderBy('e.id')
      .execute(),
  }
}

describe('demo data generator', () => {
  it('makes the requested numbers of records', async () => {
    const data = await fingerprint(first.vault)
    expect(data.cases).toHaveLength(100)
    expect(data.subjects).toHaveLength(600)
    expect(data.interventions).toHaveLength(300)
    expect(data.involvements.length).toBeGreaterThanOrEqual(600)
  })

  it('is deterministic: the same seed gives the same register, another seed another one', async () => {
    const counts = await generateDemoData(second.vault.db, { seed: 7, scale: SCALE })
    expect(counts.cases).toBe(100)
    expect(await fingerprint(second.vault)).toEqual(await fingerprint(first.vault))
    const third = await tempVault()
    try {
      await generateDemoData(third.vault.db, { seed: 8, scale: SCALE })
      expect((await fingerprint(third.vault)).cases.map((c) => c.alias)).not.toEqual(
        (await fingerprint(first.vault)).cases.map((c) => c.alias),
      )
    } finally {
      third.cleanup()
    }
  })

  it('refuses a vault that already holds cases', async () => {
    await expect(generateDemoData(first.vault.db, { seed: 7, scale: SCALE })).rejects.toThrow(
      /only into an empty register/u,
    )
  })

  it('writes plausible histories: increasing dates, current phase from history, subjects within the case period', async () => {
    const { rows: badOrder } = await sql`
      SELECT a.case_id FROM case_phase AS a JOIN case_phase AS b ON b.case_id = a.case_id AND b.seq = a.seq + 1
      WHERE b.started_on < a.started_on`.execute(first.vault.db)
    expect(badOrder).toEqual([])
    const { rows: staleCurrent } = await sql`
      SELECT c.id FROM omt_case AS c
      WHERE c.current_phase_id != (SELECT phase_id FROM case_phase WHERE case_id = c.id ORDER BY seq DESC LIMIT 1)
         OR c.phase_since != (SELECT started_on FROM case_phase WHERE case_id = c.id ORDER BY seq DESC LIMIT 1)`.execute(
      first.vault.db,
    )
    expect(staleCurrent).toEqual([])
    const { rows: early } = await sql`
      SELECT i.id FROM involvement AS i JOIN omt_case AS c ON c.id = i.case_id WHERE i.opened_on < c.registered_on OR i.closed_on < i.opened_on`.execute(
      first.vault.db,
    )
    expect(early).toEqual([])
    const { rows: withoutSubjects } =
      await sql`SELECT id FROM omt_case AS c WHERE NOT EXISTS (SELECT 1 FROM involvement WHERE case_id = c.id)`.execute(
        first.vault.db,
      )
    expect(withoutSubjects).toEqual([])
    const phases = await first.vault.db
      .selectFrom('omt_case as c')
      .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
      .select('p.code')
      .execute()
    // Over ten years most cases have ended, and some are running.
    expect(phases.filter((p) => ['afgesloten', 'niet-gestart'].includes(p.code)).length).toBeGreaterThan(40)
    expect(
      phases.filter((p) => ['uitvoering', 'analyse', 'signaal', 'gestart', 'evaluatie'].includes(p.code)).length,
    ).toBeGreaterThan(5)
  })

  it('records what the district report counts: signal partners, 13b warnings and closures, HHKs per district', async () => {
    const { cases, interventions, enforcementIssues } = await fingerprint(first.vault)
    const bySignal = new Map<string | null, number>()
    for (const c of cases) bySignal.set(c.signal_partner, (bySignal.get(c.signal_partner) ?? 0) + 1)
    // Mostly the gemeente and the politie bring signals in, but not only they; a few old cases never recorded it.
    expect((bySignal.get('Gemeente') ?? 0) + (bySignal.get('Politie') ?? 0)).toBeGreaterThan(cases.length / 2)
    expect([...bySignal.keys()].filter((partner) => partner !== null).length).toBeGreaterThan(4)
    expect(bySignal.get(null) ?? 0).toBeLessThan(cases.length / 10)
    const warnings = interventions.filter((i) => i.subtype === 'damocles-waarschuwing').length
    const closures = interventions.filter((i) => i.subtype === 'damocles').length
    expect(closures).toBeGreaterThan(0)
    expect(warnings).toBeGreaterThan(closures)

    const districts = await first.vault.db.selectFrom('district').select('code').execute()
    for (const { code } of districts) {
      const own = enforcementIssues.filter((issue) => issue.district === code)
      expect(own.length, code).toBeGreaterThanOrEqual(3)
      expect(new Set(own.map((issue) => issue.name)).size, code).toBe(own.length)
    }
    expect(enforcementIssues.filter((issue) => issue.district === null).length).toBeGreaterThanOrEqual(2)
    const today = new Date().toISOString().slice(0, 10)
    for (const issue of enforcementIssues) {
      expect(issue.designated_on <= today).toBe(true)
      if (issue.plan_adopted_on) expect(issue.plan_adopted_on >= issue.designated_on).toBe(true)
      if (issue.finished_on) expect(issue.finished_on >= (issue.plan_adopted_on ?? '9')).toBe(true)
    }
    // Progress in every stage: waiting for a plan, under way, finished.
    expect(enforcementIssues.some((issue) => issue.plan_adopted_on === null)).toBe(true)
    expect(enforcementIssues.some((issue) => issue.plan_adopted_on !== null && issue.finished_on === null)).toBe(true)
    expect(enforcementIssues.some((issue) => issue.finished_on !== null)).toBe(true)
  })

  it('makes subjects that pass the register’s own validation', async () => {
    const { subjects } = await fingerprint(first.vault)
    const kvks = subjects.flatMap((s) => (s.kvk ? [s.kvk] : []))
    expect(kvks.length).toBeGreaterThan(50)
    expect(kvks.every(isValidKvk)).toBe(true)
    expect(new Set(kvks).size).toBe(kvks.length)
    const today = new Date().toISOString().slice(0, 10)
    expect(
      subjects.every(
        (s) => s.kind !== 'persoon' || (s.birth_date !== null && s.birth_date < today && s.birth_date >= '1900-01-01'),
      ),
    ).toBe(true)
    expect(new Set(subjects.map((s) => s.object_kind ?? s.kind))).toEqual(
      new Set(['persoon', 'rechtspersoon', 'adres', 'pand', 'voertuig', 'vaartuig', 'overig']),
    )
  })

  it('leaves the code series so a new case continues after the generated ones', async () => {
    const ref = await reference(first.vault)
    const { rows } = await sql<{
      code: string
    }>`SELECT code FROM omt_case WHERE code LIKE 'D-2026-%' ORDER BY code DESC LIMIT 1`.execute(first.vault.db)
    const last = Number(rows[0]?.code.slice(-3) ?? 0)
    const created = await call(
      first.dispatch,
      'case:create',
      newCase(ref, { registeredOn: '2026-01-02', retentionUntil: '2031-01-02' }),
    )
    expect(created.code).toBe(`D-2026-${String(last + 1).padStart(3, '0')}`)
  })

  it('is findable and listable through the real handlers', async () => {
    const { subjects, cases } = await fingerprint(first.vault)
    const person = subjects.find((s) => s.kind === 'persoon')
    const search = await call(first.dispatch, 'search:query', { text: person?.name ?? '', limitPerKind: 50 })
    expect(search.groups.find((g) => g.kind === 'subject')?.results.map((r) => r.id)).toContain(person?.id)
    const list = await call(first.dispatch, 'case:list', {
      filter: { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' },
      sort: { by: 'code', direction: 'asc' },
      offset: 0,
      limit: 500,
    })
    expect(list.total).toBe(cases.length)
    expect(list.rows.map((row) => row.code)).toEqual(cases.map((c) => c.code))
    const page = await call(first.dispatch, 'case:get', { id: cases[0]?.id ?? '' })
    expect(page.subjects.length).toBeGreaterThan(0)
    expect(page.phaseHistory[0]?.phase.code).toBe('signaal')
  })
})
