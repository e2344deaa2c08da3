import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { call, caseInPhase, decisionInput, meetingSnapshot, refuse } from '../../../support/meeting-fixtures'
import { useMeetingVault } from '../../../support/shared-vault'

const setup = useMeetingVault()

it('rolls the decision back, number included, when its phase change fails', async () => {
  const { caseId, itemId } = await caseInPhase(
    setup.made.dispatch,
    setup.ref,
    setup.meetingId,
    setup.parentId,
    'analyse',
    'Breekbare Reiger',
  )
  const before = await meetingSnapshot(setup.made.vault)
  // A fault inside the effect, after the decision row is written: the case register refuses the new phase.
  await sql`CREATE TEMP TRIGGER fail_phase BEFORE INSERT ON main.case_phase BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`.execute(
    setup.made.vault.db,
  )
  try {
    const error = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-casus', caseId),
    })
    expect(error).toEqual({
      code: 'INTERNAL',
      message: 'Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw.',
    })
  } finally {
    await sql`DROP TRIGGER temp.fail_phase`.execute(setup.made.vault.db)
  }
  expect(await meetingSnapshot(setup.made.vault)).toEqual(before)
  const found = await call(setup.made.dispatch, 'search:query', {
    text: 'te starten als lokale casus',
    limitPerKind: 5,
  })
  expect(found.groups.find((group) => group.kind === 'decision')).toBeUndefined()
  // The next decision takes the number the failed one would have had.
  const decision = await call(setup.made.dispatch, 'decision:record', {
    agendaItemId: itemId,
    values: decisionInput('start-casus', caseId),
  })
  expect(decision.number).toBe(Number(before.sequence) + 1)
})

it('rolls back a decision whose new subject is refused halfway through its effect', async () => {
  const { caseId, itemId } = await caseInPhase(
    setup.made.dispatch,
    setup.ref,
    setup.meetingId,
    setup.parentId,
    'uitvoering',
    'Halve Maan',
  )
  await call(setup.made.dispatch, 'subject:create', {
    values: { kind: 'rechtspersoon', name: 'Bestaande Holding B.V.', kvk: '69123456' },
  })
  const before = await meetingSnapshot(setup.made.vault)
  // The first subject is written, the second clashes on its KvK number: neither, nor the decision, remains.
  const error = await refuse(setup.made.dispatch, 'decision:record', {
    agendaItemId: itemId,
    values: decisionInput('subject-toevoegen', caseId, {
      subjects: [
        { kind: 'persoon', name: 'Eerste Persoon', birthDate: null },
        { kind: 'rechtspersoon', name: 'Dubbele Holding', kvk: '69123456' },
      ],
    }),
  })
  expect(error.code).toBe('CONFLICT')
  expect(error.message).toBe(
    'KvK-nummer 69123456 hoort al bij ‘Bestaande Holding B.V.’. Kies dat subject in plaats van een nieuw aan te maken.',
  )
  expect(await meetingSnapshot(setup.made.vault)).toEqual(before)
})

it('keeps the case register’s decision columns pointing at real decisions', async () => {
  const { caseId } = await caseInPhase(
    setup.made.dispatch,
    setup.ref,
    setup.meetingId,
    setup.parentId,
    'analyse',
    'Losse Eind',
  )
  const db = setup.made.vault.db
  const period = await db
    .selectFrom('case_phase')
    .select(['id', 'decision_id'])
    .where('case_id', '=', caseId)
    .where('seq', '=', 2)
    .executeTakeFirstOrThrow()
  await expect(
    db.updateTable('case_phase').set({ decision_id: 'verzonnen' }).where('id', '=', period.id).execute(),
  ).rejects.toThrow(/points at no decision/u)
  await expect(
    db
      .insertInto('case_phase')
      .values({
        id: 'x',
        case_id: caseId,
        seq: 3,
        phase_id: setup.ref.phase('gestart'),
        started_on: '2025-03-12',
        decision_id: 'verzonnen',
        recorded_at: '',
      })
      .execute(),
  ).rejects.toThrow(/points at no decision/u)
  const subject = await call(setup.made.dispatch, 'case:link-subject', {
    caseId,
    openedOn: '2025-02-01',
    subject: { kind: 'persoon', name: 'Piet Puk', birthDate: null },
  })
  await expect(
    db
      .updateTable('involvement')
      .set({ opened_by_decision_id: 'verzonnen' })
      .where('id', '=', subject.involvementId)
      .execute(),
  ).rejects.toThrow(/points at no decision/u)
  await expect(
    db
      .deleteFrom('decision')
      .where('id', '=', period.decision_id ?? '')
      .execute(),
  ).rejects.toThrow()
})
