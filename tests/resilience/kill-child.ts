/**
 * The child of the kill test (kill-loop.ts): unlocks the vault and, until it
 * is killed with SIGKILL, commits through the real dispatcher, as the app's
 * screens do: a case, a decision that moves it to another phase, a decision
 * that adds subjects to it, a reorder of an agenda, and a back-up or a data
 * key rotation. Every id is printed only after its answer came back
 * (kill-protocol.ts), so whatever was printed must survive the kill.
 *
 * Bundled with esbuild and run with plain node (bundle-child.ts): a tsx
 * start-up would cost more than many iterations' work.
 */
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import type { Channel, Input, Output } from '../../shared/contract/index'
import { PASSPHRASE } from '../support/temp-vault'
import { dataKeyOf } from './data-key-of'
import { type ChildConfig, PHASE_AFTER, SUBJECT_PREFIX, SUBJECTS_PER_DECISION } from './kill-protocol'
import { seededRandom } from './seeded-random'

function readConfig(): ChildConfig {
  const text = process.argv[2]
  if (!text) throw new Error('usage: kill-child <config json>')
  return JSON.parse(text) as ChildConfig
}

const config = readConfig()
const random = seededRandom(config.seed)
const print = (line: string) => process.stdout.write(`${line}\n`)

const vault = new Vault(config.folder)
if (config.dataKeyHex) await vault.unlockWithDataKey(Buffer.from(config.dataKeyHex, 'hex'))
else await vault.unlock(PASSPHRASE)
const dispatch = createDispatcher(vault)

/** A refusal ends the child by itself, which the parent counts as a failure: only a kill may stop it. */
async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const answer = await dispatch(channel, input)
  if (!answer.ok) {
    print(`refused ${channel} ${JSON.stringify(answer.error)}`)
    process.exit(1)
  }
  return answer.value as Output<C>
}

const topLevel = (items: readonly { id: string; parentId: string | null; position: number }[]) =>
  items
    .filter((item) => item.parentId === null)
    .sort((a, b) => a.position - b.position)
    .map((item) => item.id)

const decisionItem = await vault.db
  .selectFrom('agenda_item')
  .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
  .select(['meeting.table_id as tableId'])
  .where('agenda_item.id', '=', config.decisionItemId)
  .executeTakeFirstOrThrow()
const [lead, signal] = await vault.db.selectFrom('partner').select('id').orderBy('short_name').limit(2).execute()
const theme = await vault.db.selectFrom('theme').select('id').executeTakeFirstOrThrow()
const gemeente = await vault.db.selectFrom('gemeente').select('id').executeTakeFirstOrThrow()
let order = topLevel((await call('meeting:get', { id: config.reorderMeetingId })).items)
print('ready')

async function caseWithDecisions(round: number): Promise<void> {
  const created = await call('case:create', {
    alias: `Kill ${String(config.seed)}-${String(round)}`,
    tableId: decisionItem.tableId,
    kind: 'lokaal',
    leadPartnerId: lead?.id ?? null,
    signalPartnerId: signal?.id ?? null,
    caseDirector: 'Marieke van Dam',
    summary: 'Aangemaakt door de kill-test.',
    themeIds: [theme.id],
    gemeenteIds: [gemeente.id],
    registeredOn: '2025-01-10',
    retentionUntil: '2030-01-10',
    code: null,
  })
  print(`case ${created.id}`)
  const common = { text: '', refersToDecisionId: null, caseId: created.id }
  const phase = await call('decision:record', {
    agendaItemId: config.decisionItemId,
    values: { ...common, type: 'start-analyse' },
  })
  print(`decision ${phase.id} ${created.id} ${PHASE_AFTER}`)
  const subjects = Array.from({ length: SUBJECTS_PER_DECISION }, (_, n) => ({
    kind: 'persoon' as const,
    name: `${SUBJECT_PREFIX} ${String(round)}-${String(n)} ${created.id.slice(0, 8)}`,
    birthDate: null,
  }))
  const added = await call('decision:record', {
    agendaItemId: config.decisionItemId,
    values: { ...common, type: 'subject-toevoegen', subjects },
  })
  print(`subjects ${added.id} ${created.id} ${String(SUBJECTS_PER_DECISION)}`)
}

async function reorder(): Promise<void> {
  const id = order[random.below(order.length)] ?? ''
  const position = 1 + random.below(order.length)
  const expected = order.filter((other) => other !== id)
  expected.splice(position - 1, 0, id)
  print(`order-sent ${config.reorderMeetingId} ${JSON.stringify(expected)}`)
  const moved = await call('agenda:move', { id, parentId: null, position })
  order = topLevel(moved.order.items)
  print(`order-acked ${moved.order.meetingId} ${JSON.stringify(order)}`)
}

async function backup(): Promise<void> {
  print('backup-start')
  const made = await call('backup:make', {})
  print(`backup-done ${made.fileName}`)
}

async function rotation(): Promise<void> {
  print('rotation-start')
  await call('vault:new-data-key', { passphrase: PASSPHRASE })
  // The key the vault is now under, so the parent can unlock without Argon2.
  print(`rotation-done ${await dataKeyOf(vault)}`)
}

for (let round = 0; ; round++) {
  await caseWithDecisions(round)
  await reorder()
  const focus = config.focus === 'mixed' ? (random.below(2) === 0 ? 'backup' : 'rotation') : config.focus
  if (focus === 'backup') await backup()
  else await rotation()
}
