import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import type { Channel, Input, Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import { benchCase, CASE_LIFE, extraAgendaItem, lifeDecision } from './bench-inputs'
import { measure, report } from './measure'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
const RUNS = 200
const ITEMS = 40

/**
 * Meetings at the benchmark scale: the case register's dataset (5,000 cases,
 * 30,000 subjects, 15,000 interventions) with 1,500 meetings, 50,000 agenda
 * items, 20,000 decisions and 10,000 action items, through the real
 * dispatcher. Targets (issue 4): open a 40-item meeting < 20 ms, reorder
 * < 5 ms, a decision with its effect < 5 ms, a meeting from the previous one
 * < 50 ms. Every write is a committed transaction (synchronous=FULL). After
 * each decision and each new meeting the vault has its idle pause, in which it
 * checkpoints and merges its search index (timed as its own entry); decisions
 * are also timed back to back, without it.
 */
export async function benchMeetings(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-meetings-'))
  const vault = new Vault(folder)
  try {
    await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
    const started = performance.now()
    // Up to today, so the latest meetings were held and take decisions.
    const counts = await generateDemoData(vault.db, { seed: 2026, scale: 1, endDate: todayIso() })
    await measureMeetings(vault, { ...counts, generation_ms: Math.round(performance.now() - started) })
  } finally {
    vault.lock()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The measurements on a vault holding the benchmark dataset. */
export async function measureMeetings(vault: Vault, dataset: Record<string, number>): Promise<void> {
  {
    const dispatch = createDispatcher(vault)
    const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
      const answer = await dispatch(channel, input)
      // A refused request answers fast; it must never pass for a fast one.
      if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.message}`)
      return answer.value as Output<C>
    }
    const db = vault.db

    // Per table its meeting with concept minutes: the one a secretary works in.
    const concept = await db
      .selectFrom('meeting as m')
      .innerJoin('omt_table as t', 't.id', 'm.table_id')
      .select(['m.id', 'm.table_id', 'm.date', 't.code'])
      .where('m.status', '=', 'verslag-concept')
      .orderBy('t.code')
      .execute()
    const [decisionMeeting, ...agendaMeetings] = concept
    if (!decisionMeeting || agendaMeetings.length === 0)
      throw new Error('the dataset has no meetings with concept minutes')

    // Exactly 40 items each: fill with extra items or take the last ones off.
    for (const meeting of agendaMeetings) {
      const detail = await call('meeting:get', { id: meeting.id })
      for (let count = detail.itemCount; count < ITEMS; count++) {
        await call('agenda:add', {
          meetingId: meeting.id,
          parentId: null,
          position: null,
          values: extraAgendaItem(`Extra punt ${String(count)}`),
        })
      }
      const removable = detail.items.filter((item) => item.depth === 2 && item.decisions.length === 0).reverse()
      for (let count = detail.itemCount; count > ITEMS; count--) {
        const item = removable.shift()
        if (!item) break
        await call('agenda:delete', { id: item.id })
      }
    }
    const sizes = await Promise.all(
      agendaMeetings.map(async (meeting) => (await call('meeting:get', { id: meeting.id })).itemCount),
    )
    await measure(
      'meetings.open-meeting-40-items',
      RUNS,
      (run) => call('meeting:get', { id: agendaMeetings[run % agendaMeetings.length]?.id ?? '' }),
      {
        items: sizes,
        ...dataset,
      },
    )

    // Reorder: a sub-item to another place in its section, or a section to another place, alternately.
    const agenda = await call('meeting:get', { id: agendaMeetings[0]?.id ?? '' })
    const sections = agenda.items.filter((item) => item.depth === 1)
    const child = agenda.items.find(
      (item) => item.depth === 2 && agenda.items.filter((other) => other.parentId === item.parentId).length >= 3,
    )
    await measure(
      'meetings.reorder',
      RUNS,
      (run) => {
        if (run % 2 === 0 && child)
          return call('agenda:move', { id: child.id, parentId: child.parentId, position: 1 + (run % 3) })
        const section = sections[run % sections.length]
        return call('agenda:move', {
          id: section?.id ?? '',
          parentId: null,
          position: 1 + ((run * 7) % sections.length),
        })
      },
      { items: agenda.itemCount },
    )

    // Decisions: cases registered for the purpose go through their whole life, one decision per run.
    const path = CASE_LIFE
    const partner = await db
      .selectFrom('partner')
      .select('id')
      .where('short_name', '=', 'Politie')
      .executeTakeFirstOrThrow()
    const registeredOn = new Date(Date.parse(`${decisionMeeting.date}T00:00:00Z`) - 30 * 86_400_000)
      .toISOString()
      .slice(0, 10)
    const cases: { id: string; itemId: string }[] = []
    for (let index = 0; index < Math.ceil((2 * RUNS) / path.length); index++) {
      const created = await call('case:create', benchCase(index, decisionMeeting.table_id, partner.id, registeredOn))
      await call('case:link-subject', {
        caseId: created.id,
        openedOn: registeredOn,
        subject: { kind: 'persoon', name: `Benchmark Persoon ${String(index)}`, birthDate: null },
      })
      const { added } = await call('agenda:add-cases', { meetingId: decisionMeeting.id, caseIds: [created.id] })
      cases.push({ id: created.id, itemId: added[0]?.id ?? '' })
    }
    const decide = (run: number) => call('decision:record', lifeDecision(cases, run))
    // As in a meeting: between two decisions the vault is idle and runs its maintenance round, timed apart.
    const afterDecision = idleRounds(vault)
    await measure(
      'meetings.record-decision-with-effect',
      RUNS,
      decide,
      { types: path.join(','), table: decisionMeeting.code },
      0,
      afterDecision.run,
    )
    report('vault.idle-maintenance-round', afterDecision.timings, { after: 'one decision' })
    // Back to back without a pause, so checkpoints and index merges fall inside the timed commits.
    await measure('meetings.record-decision-burst', RUNS, (run) => decide(RUNS + run), { pause: 'none' }, 0)

    // A new meeting as a copy of the previous one (40 items), each at its own slot after it.
    const source = agendaMeetings[0]
    const base = Date.parse(`${source?.date ?? todayIso()}T00:00:00Z`)
    const copies = 100
    const afterCopy = idleRounds(vault)
    await measure(
      'meetings.create-from-previous',
      copies,
      (run) =>
        call('meeting:create', {
          tableId: source?.table_id ?? '',
          // Later runs take earlier dates, so the previous meeting is always the 40-item one.
          values: {
            date: new Date(base + (copies + 10 - run) * 86_400_000).toISOString().slice(0, 10),
            startTime: '07:15',
            location: '',
            chair: null,
            secretary: null,
            numberPrefix: '',
          },
          source: 'vorige',
        }),
      { items: ITEMS },
      0,
      afterCopy.run,
    )
    report('vault.idle-maintenance-round-after-copy', afterCopy.timings, { after: 'a meeting from the previous one' })
  }
}

/** Nobody makes meetings or decisions back to back: in the pause after each, the vault runs its idle round, timed apart. */
function idleRounds(vault: Vault): { run: () => void; timings: number[] } {
  const timings: number[] = []
  return {
    timings,
    run: () => {
      const start = performance.now()
      vault.maintainNow()
      timings.push(performance.now() - start)
    },
  }
}
