import type { Decision } from '../../shared/contract/decision.contract'
import { OmtError } from '../../shared/contract/errors'
import type { Output } from '../../shared/contract/index'
import type { Db } from '../kernel/schema/database'
import { type DecisionFilter, decisionById, selectDecisions } from './decision-rows.queries'
import { type DecisionSnapshot, snapshotEffect } from './decision-snapshot.queries'

export async function getDecision(db: Db, id: string): Promise<Output<'decision:get'>> {
  const decision = await decisionById(db, id)
  if (!decision) throw new OmtError('NOT_FOUND', 'Dit besluit bestaat niet (meer). Ververs de besluitenlijst.')
  const rows = await db
    .selectFrom('decision_correction')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('seq')
    .execute()
  const corrections = []
  for (const row of rows) {
    const previous = JSON.parse(row.previous) as DecisionSnapshot
    corrections.push({
      seq: row.seq,
      kind: row.kind,
      note: row.note,
      correctedAt: row.corrected_at,
      previous: {
        type: previous.type,
        text: previous.text,
        reason: previous.reason,
        closingReason: previous.closingReason ?? null,
        caseCode: previous.caseCode,
        effect: await snapshotEffect(db, previous),
      },
    })
  }
  return { ...decision, corrections }
}

/** The decision list (besluitenlijst): by table, meeting, case or year; newest first, in number order within a meeting. */
export async function listDecisions(
  db: Db,
  input: {
    tableId: string | null
    meetingId: string | null
    caseId: string | null
    year: number | null
    offset: number
    limit: number
  },
): Promise<{ rows: Decision[]; total: number }> {
  const filter: DecisionFilter = (query) => {
    let result = query
    if (input.tableId) result = result.where('d.table_id', '=', input.tableId)
    if (input.meetingId) result = result.where('d.meeting_id', '=', input.meetingId)
    if (input.caseId) result = result.where('d.case_id', '=', input.caseId)
    if (input.year !== null) result = result.where('d.year', '=', input.year)
    return result
  }
  let count = db.selectFrom('decision as d').select((eb) => eb.fn.countAll<number>().as('n'))
  if (input.tableId) count = count.where('d.table_id', '=', input.tableId)
  if (input.meetingId) count = count.where('d.meeting_id', '=', input.meetingId)
  if (input.caseId) count = count.where('d.case_id', '=', input.caseId)
  if (input.year !== null) count = count.where('d.year', '=', input.year)
  const { n } = await count.executeTakeFirstOrThrow()
  const rows = await selectDecisions(db, (query) =>
    filter(query)
      .orderBy('d.decided_on', 'desc')
      .orderBy('d.table_id')
      .orderBy('d.number', 'desc')
      .limit(input.limit)
      .offset(input.offset),
  )
  return { rows, total: Number(n) }
}
