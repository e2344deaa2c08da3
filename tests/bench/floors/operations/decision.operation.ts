import type { Vault } from '../../../../db/vault/vault'
import type { Input } from '../../../../shared/contract/index'
import { channelParts, totalChanges } from '../channel-parts'
import type { Operation } from '../floor-row'
import { decisionFloor } from './decision.floor'
import type { MeetingRef } from './meeting.floor'

const PATH = ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie', 'afsluiten'] as const

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
  for (let index = 0; index < Math.ceil((2 * (runs + warmup)) / PATH.length); index++) {
    const created = await create.call({
      alias: `Benchmarkcasus ${String(index)}`,
      tableId: meeting.table_id,
      kind: 'lokaal',
      leadPartnerId: partner.id,
      signalPartnerId: partner.id,
      caseDirector: null,
      summary: '',
      themeIds: [],
      gemeenteIds: [],
      registeredOn,
      retentionUntil: '2040-01-01',
      code: null,
    })
    await link.call({
      caseId: created.id,
      openedOn: registeredOn,
      subject: { kind: 'persoon', name: `Benchmark Persoon ${String(index)}`, birthDate: null },
    })
    const { added } = await addCases.call({ meetingId: meeting.id, caseIds: [created.id] })
    cases.push({ id: created.id, itemId: added[0]?.id ?? '' })
  }
  // Warm-up runs take the first case, timed runs the ones after it: every run is the next step of a case's life.
  const decide = (step: number) => {
    const target = cases[Math.floor(step / PATH.length)]
    const type = PATH[step % PATH.length] ?? 'start-analyse'
    const common = { caseId: target?.id ?? '', text: '', refersToDecisionId: null }
    const values: Input<'decision:record'>['values'] =
      type === 'start-casus'
        ? { ...common, type, caseKind: 'lokaal' }
        : type === 'afsluiten'
          ? { ...common, type, reason: 'Doelen van het plan van aanpak bereikt.', closingReason: 'doelen-bereikt' }
          : { ...common, type }
    return record.call({ agendaItemId: target?.itemId ?? '', values })
  }
  let step = 0
  const written: number[] = []

  return {
    name: 'record-decision-with-effect-and-log',
    budget: { text: 'p95 < 5 ms', limit_ms: 5, on: 'p95' },
    runs,
    warmup,
    // The rows a decision writes are counted in the warm-up (one whole life), so no timed run counts them.
    ours: async () => {
      if (step >= warmup) return decide(step++)
      const before = await totalChanges(vault)
      await decide(step++)
      written.push((await totalChanges(vault)) - before)
    },
    floor: decisionFloor(() => Math.max(1, Math.round(median(written)))),
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
