import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Output } from '../../../../shared/contract/index'
import { call, newCase, newIntervention, reference, refuse } from '../../../support/case-fixtures'
import { SUBJECT_NAMES, seedMeeting } from '../../../support/export-seed'
import { appendLogSpan } from '../../../support/log-rows'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { TEST_OWNER } from '../../../support/test-owner'

let made: TempVault
const lastLogged = () =>
  made.vault.db
    .selectFrom('processing_log')
    .select(['seq', 'name', 'status'])
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow()
const ids: Record<string, string> = {}
const PURPOSE = 'Inzageverzoek 2026-017 van J.P. Verbeek'
const AT = Date.UTC(2026, 2, 14, 9, 30)

beforeAll(async () => {
  made = await tempVault()
  await seedMeeting(made.dispatch, made.vault)
  const ref = await reference(made.vault)
  const verbeek = await made.vault.db
    .selectFrom('subject')
    .select('id')
    .where('name', '=', SUBJECT_NAMES[0])
    .executeTakeFirstOrThrow()
  ids.subject = verbeek.id
  const other = await made.vault.db
    .selectFrom('subject')
    .select('id')
    .where('name', '=', SUBJECT_NAMES[1])
    .executeTakeFirstOrThrow()
  ids.other = other.id
  const { case_id: haven } = await made.vault.db
    .selectFrom('involvement')
    .select('case_id')
    .where('subject_id', '=', verbeek.id)
    .executeTakeFirstOrThrow()
  ids.haven = haven
  // A second case, where the subject is only proposed (no decision yet).
  const second = await call(made.dispatch, 'case:create', newCase(ref, { alias: 'Blauwe Reiger' }))
  ids.second = second.id
  await call(made.dispatch, 'case:link-subject', {
    caseId: second.id,
    openedOn: '2026-04-01',
    subject: { kind: 'bestaand', id: verbeek.id },
  })
  const running = await call(made.dispatch, 'intervention:create', {
    caseId: haven,
    values: newIntervention(ref, { subjectId: verbeek.id, status: 'lopend', result: 'Onderzoek loopt nog.' }),
  })
  ids.running = running.id
  const done = await call(made.dispatch, 'intervention:create', {
    caseId: haven,
    values: newIntervention(ref, {
      subjectId: verbeek.id,
      kind: 'fiscaal',
      subtype: 'boekenonderzoek',
      status: 'afgerond',
      startedOn: '2025-05-01',
      endedOn: '2025-09-01',
      result: 'Naheffing opgelegd; gegevens van compagnon Karel Aerts meegenomen.',
    }),
  })
  ids.done = done.id
  const aboutOther = await call(made.dispatch, 'intervention:create', {
    caseId: haven,
    values: newIntervention(ref, { subjectId: other.id, result: 'Over een ander.' }),
  })
  ids.aboutOther = aboutOther.id

  // Spans at known times, beside those the seeding calls wrote: a span naming the subject, one whose
  // records hold only the case, one about someone else entirely.
  appendLogSpan(made.vault, {
    name: 'subject:get',
    activityId: 'casusregistratie',
    startTime: AT,
    subjectId: verbeek.id,
    records: [{ kind: 'betrokkene', id: verbeek.id }],
  })
  appendLogSpan(made.vault, {
    name: 'case:get',
    activityId: 'voorbereiden-omt',
    startTime: AT + 60_000,
    records: [{ kind: 'casus', id: haven }],
  })
  appendLogSpan(made.vault, {
    name: 'case:get',
    activityId: 'casusregistratie',
    startTime: AT + 120_000,
    records: [{ kind: 'casus', id: 'een-andere-casus' }],
  })
  // A call's span and its child span for the subject are one access.
  const parent = appendLogSpan(made.vault, {
    name: 'export:save',
    activityId: 'verstrekken',
    startTime: AT + 180_000,
    records: [{ kind: 'casus', id: haven }],
    purpose: 'Verslag naar de partners',
  })
  appendLogSpan(made.vault, {
    name: 'export:save',
    activityId: 'verstrekken',
    startTime: AT + 180_000,
    subjectId: verbeek.id,
    parent,
  })
}, 120_000)
afterAll(() => made.cleanup())

const overview = (version: 'intern' | 'verstrekking') =>
  call(made.dispatch, 'subject-overview:get', { subjectId: ids.subject ?? '', purpose: PURPOSE, version })

describe('the data-subject overview (inzageverzoek)', () => {
  let internal: Output<'subject-overview:get'>
  beforeAll(async () => {
    internal = await overview('intern')
  })

  it("holds the subject's own data and its cases with their involvement periods and decisions", () => {
    expect(internal.subject.title).toBe(SUBJECT_NAMES[0])
    expect(internal.subject.facts).toContainEqual({ label: 'Geboortedatum', value: '04-05-1971' })
    expect(internal.purpose).toBe(PURPOSE)
    expect(internal.cases.map((item) => item.id).sort()).toEqual([ids.haven, ids.second].sort())
    const haven = internal.cases.find((item) => item.id === ids.haven)
    expect(haven?.involvements).toHaveLength(1)
    expect(haven?.involvements[0]?.openedBy).toMatch(/^OMT-D/u)
    // The proposal in the second case awaits a decision.
    expect(internal.cases.find((item) => item.id === ids.second)?.involvements[0]).toMatchObject({
      openedOn: '01-04-2026',
      openedBy: null,
      closedOn: null,
    })
  })

  it('lists the decisions that name the subject, with their text in the internal version', () => {
    const adding = internal.decisions.find((decision) => decision.typeLabel.toLowerCase().includes('toevoegen'))
    expect(adding).toBeDefined()
    expect(adding?.changes).toContain('toegevoegd')
    expect(adding?.text).not.toBeNull()
  })

  it('lists the interventions on the subject, not those about another subject', () => {
    const shown = internal.interventions.map((item) => item.id)
    expect(shown).toContain(ids.running)
    expect(shown).toContain(ids.done)
    expect(shown).not.toContain(ids.aboutOther)
    expect(internal.interventions.find((item) => item.id === ids.done)?.result).toContain('Karel Aerts')
  })

  it('lists who accessed the subject or its records, one entry per call, with user and activity', () => {
    // In the order they were logged: the seeding's own calls, then the spans at known times.
    expect(internal.accesses.slice(-3)).toEqual([
      {
        at: '14-03-2026 10:30',
        activity: 'Casusregistratie',
        user: `${TEST_OWNER.name} (${TEST_OWNER.role})`,
        operation: 'subject:get',
        purpose: null,
      },
      {
        at: '14-03-2026 10:31',
        activity: 'Voorbereiden OMT',
        user: `${TEST_OWNER.name} (${TEST_OWNER.role})`,
        operation: 'case:get',
        purpose: null,
      },
      {
        at: '14-03-2026 10:33',
        activity: 'Verstrekken aan partners',
        user: `${TEST_OWNER.name} (${TEST_OWNER.role})`,
        operation: 'export:save',
        purpose: 'Verslag naar de partners',
      },
    ])
    const seeding = internal.accesses.slice(0, -3).map((access) => access.operation)
    expect(seeding).toContain('decision:record')
    expect(seeding).not.toContain('subject-overview:get')
  })

  it('counts per withheld part what the hand-out would leave out', () => {
    const count = (id: string) => internal.withheld.find((part) => part.id === id)?.count
    expect(count('lopende-interventies')).toBe(1)
    expect(count('medewerkers')).toBe(internal.accesses.length)
  })

  it('the hand-out leaves out the withheld parts: decision texts, running interventions, results, officials', async () => {
    const handOut = await overview('verstrekking')
    expect(handOut.cases).toHaveLength(2)
    expect(handOut.decisions.every((decision) => decision.text === null && decision.reason === null)).toBe(true)
    expect(handOut.interventions.map((item) => item.id)).toEqual([ids.done])
    expect(handOut.interventions[0]?.result).toBeNull()
    // The internal overview's own reading is an access too, logged after it was made.
    expect(handOut.accesses).toHaveLength(internal.accesses.length + 1)
    expect(handOut.accesses.every((access) => access.user === null && access.operation === null)).toBe(true)
    expect(handOut.accesses).toContainEqual({
      at: '14-03-2026 10:30',
      activity: 'Casusregistratie',
      user: null,
      operation: null,
      purpose: null,
    })
    expect(handOut.withheld.every((part) => part.count === null)).toBe(true)
    expect(JSON.stringify(handOut)).not.toContain('Karel Aerts')
    expect(JSON.stringify(handOut)).not.toContain(TEST_OWNER.name)
  })

  it("leaves out another person's inzageverzoek about a shared case, but not other reads of that case", async () => {
    const sanne = await made.vault.db
      .selectFrom('subject')
      .select('id')
      .where('name', '=', SUBJECT_NAMES[1])
      .executeTakeFirstOrThrow()
    const before = (await overview('intern')).accesses
    await call(made.dispatch, 'subject-overview:get', {
      subjectId: sanne.id,
      purpose: 'Verzoek 2026-040',
      version: 'intern',
    })
    const after = (await overview('intern')).accesses
    // Only this subject's own overview just read, logged since: nothing of the other request.
    expect(after.slice(before.length).map((access) => access.operation)).toEqual(['subject-overview:get'])
    expect(after.some((access) => access.purpose === 'Verzoek 2026-040')).toBe(false)
  })

  it('an unknown subject is refused in Dutch; only the refusal is logged', async () => {
    const before = await lastLogged()
    const error = await refuse(made.dispatch, 'subject-overview:get', {
      subjectId: 'bestaat-niet',
      purpose: PURPOSE,
      version: 'intern',
    })
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toContain('Deze betrokkene staat niet in de kluis')
    const after = await lastLogged()
    expect(after).toMatchObject({ seq: before.seq + 1, name: 'subject-overview:get', status: 'Error' })
  })

  it('a missing purpose is refused in Dutch', async () => {
    const error = await refuse(made.dispatch, 'subject-overview:get', {
      subjectId: ids.subject,
      purpose: '  ',
      version: 'intern',
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.purpose).toContain('Vul het doel in')
  })
})
