import type { Vault } from '../../../../db/vault/vault'
import type { Input } from '../../../../shared/contract/index'
import { benchCase, CASE_LIFE, lifeDecision } from '../../bench-inputs'
import { channelParts, totalChanges } from '../channel-parts'
import type { Operation } from '../floor-row'
import { decisionFloor } from './decision.floor'
import type { MeetingRef } from './meeting.floor'

const PATH = CASE_LIFE

/**
 * Cases registered for the purpose, each with a subject and on the agenda
 * of a meeting with concept minutes, go through their whole life: one
 * decision with its effect (phase change, involvement confirmed) per run.
 */
export async function decisionOperation(vault: Vault, meeting: MeetingRef, runs: number): Promise<Operation> {
  const db = vault.db
  const partner = await db
    .selectFrom('partner')
    .select('id')
    .where('short_name', '=', 'Politie')
    .executeTakeFirstOrThrow()
  const registeredOn = new Date(Date.parse(`${meeting.date}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10)
  const create = channelParts(vault, 'case:create')
  const link = channelParts(vault, 'case:link-subject')
  const addCases = channelParts(vault, 'agenda:add-cases')
  const record = channelParts(vault, 'decision:record')
  const warmup = PATH.length
  const cases: { id: string; itemId: string }[] = []
  // Cases for two passes: the CI guard may time the row a second time.
  for (let index = 0; index < Math.ceil((PATH.length + 2 * (runs + warmup)) / PATH.length); index++) {
    const created = await create.call(benchCase(index, meeting.table_id, partner.id, registeredOn))
    await link.call({
      caseId: created.id,
      openedOn: registeredOn,
      subject: { kind: 'persoon', name: `Benchmark Persoon ${String(index)}`, birthDate: null },
    })
    const { added } = await addCases.call({ meetingId: meeting.id, caseIds: [created.id] })
    cases.push({ id: created.id, itemId: added[0]?.id ?? '' })
  }
  // Every run is the next step of a case's life; the first case's life is lived in the set-up, counted.
  const inputFor = (step: number): Input<'decision:record'> => lifeDecision(cases, step)
  let step = 0
  const written: number[] = []
  const first = inputFor(0)
  let logShape = record.logShape(first, await record.call(first))
  for (step = 1; step < PATH.length; step++) {
    const before = await totalChanges(vault)
    const input = inputFor(step)
    const output = await record.call(input)
    written.push((await totalChanges(vault)) - before)
    if (step === 1) logShape = record.logShape(input, output)
  }
  // For the floor's reads: one of this meeting's items with a case, present in the floor copies too.
  const sample = await db
    .selectFrom('agenda_item')
    .select(['id', 'case_id'])
    .where('meeting_id', '=', meeting.id)
    .where('case_id', 'is not', null)
    .where(
      'id',
      'not in',
      cases.map((c) => c.itemId),
    )
    .executeTakeFirstOrThrow()

  return {
    name: 'record-decision-with-effect-and-log',
    budget: { text: 'p95 < 5 ms', limit_ms: 5, on: 'p95' },
    runs,
    warmup,
    ours: () => record.call(inputFor(step++)),
    floor: decisionFloor({ meetingId: meeting.id, agendaItemId: sample.id, caseId: sample.case_id ?? '' }, () =>
      Math.max(1, Math.round(median(written))),
    ),
    logShape,
    extra: {
      types: PATH.join(','),
      get rows_written_median() {
        return median(written)
      },
      commits: 2,
    },
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 1
}
