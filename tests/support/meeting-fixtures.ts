import type { Input, Output } from '../../shared/contract/index'
import { tempVault, type TempVault } from './temp-vault'
import { call, newCase, type Reference, reference } from './case-fixtures'

export { call, refuse, reference, snapshot as registerSnapshot } from './case-fixtures'
export type { Reference } from './case-fixtures'

type Dispatch = TempVault['dispatch']

/** Meeting values for table D; override what the test is about. */
export function meetingValues(
  overrides: Partial<Input<'meeting:create'>['values']> = {},
): Input<'meeting:create'>['values'] {
  return {
    date: '2025-03-12',
    startTime: '14:00',
    location: 'Stadhuis Delft, zaal 3',
    chair: 'Burgemeester Jansen',
    secretary: 'Fatima el Amrani',
    numberPrefix: '',
    ...overrides,
  }
}

export function createMeeting(
  dispatch: Dispatch,
  ref: Reference,
  overrides: Partial<Input<'meeting:create'>['values']> = {},
  source: Input<'meeting:create'>['source'] = 'sjabloon',
  table = 'D',
): Promise<Output<'meeting:create'>> {
  return call(dispatch, 'meeting:create', { tableId: ref.table(table), values: meetingValues(overrides), source })
}

export function itemValues(overrides: Partial<Input<'agenda:add'>['values']> = {}): Input<'agenda:add'>['values'] {
  return {
    title: 'Extra punt',
    type: 'overig',
    caseId: null,
    presenterPartnerId: null,
    durationMinutes: 10,
    confidential: false,
    notes: '',
    chairNotes: '',
    status: 'gepland',
    ...overrides,
  }
}

/** The item of a meeting by type among the top-level items (the template's sections). */
export function section(meeting: Output<'meeting:get'>, type: string): Output<'meeting:get'>['items'][number] {
  const found = meeting.items.find((item) => item.depth === 1 && item.type === type)
  if (!found) throw new Error(`no section ${type}`)
  return found
}

/** A case registered in table D, as the register does it (phase signaal). */
export function registerCase(
  dispatch: Dispatch,
  ref: Reference,
  overrides: Partial<Input<'case:create'>> = {},
): Promise<Output<'case:create'>> {
  return call(
    dispatch,
    'case:create',
    newCase(ref, { registeredOn: '2025-01-10', retentionUntil: '2030-01-10', ...overrides }),
  )
}

/** An agenda item for a case under the given section of a meeting, ready for decisions about it. */
export async function caseItem(
  dispatch: Dispatch,
  meetingId: string,
  parentId: string,
  caseId: string,
  title = 'Casus',
): Promise<string> {
  const { item } = await call(dispatch, 'agenda:add', {
    meetingId,
    parentId,
    position: null,
    values: itemValues({ title, type: 'voortgang', caseId, confidential: true }),
  })
  return item.id
}

export const common = { text: '', refersToDecisionId: null } as const

type DecisionInput = Input<'decision:record'>['values']

/** The decisions that bring a fresh case (signaal) to a phase, in order. */
export const pathTo: Record<string, DecisionInput['type'][]> = {
  signaal: [],
  analyse: ['start-analyse'],
  gestart: ['start-analyse', 'start-casus'],
  uitvoering: ['start-analyse', 'start-casus', 'plan-van-aanpak'],
  evaluatie: ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie'],
  afgesloten: ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie', 'afsluiten'],
  'niet-gestart': ['start-analyse', 'niet-starten'],
  aangehouden: ['start-analyse', 'start-casus', 'plan-van-aanpak', 'aanhouden'],
  'aangehouden-in-analyse': ['start-analyse', 'aanhouden'],
  geescaleerd: ['start-analyse', 'start-casus', 'plan-van-aanpak', 'escaleren'],
}

/** Input for a decision of a type about a case, with the facts its type needs. */
export function decisionInput(
  type: DecisionInput['type'],
  caseId: string,
  extra: Record<string, unknown> = {},
): DecisionInput {
  const base = { ...common, caseId }
  switch (type) {
    case 'start-casus':
      return { ...base, type, caseKind: 'lokaal', ...extra }
    case 'niet-starten':
      return { ...base, type, reason: 'Onvoldoende aanknopingspunten.', ...extra }
    case 'afsluiten':
      return {
        ...base,
        type,
        reason: 'Onvoldoende aanknopingspunten.',
        closingReason: 'geen-aanknopingspunten',
        ...extra,
      }
    case 'aanhouden':
    case 'escaleren':
    case 'hervatten':
      return { ...base, type, reason: '', ...extra }
    case 'subject-toevoegen':
      return { ...base, type, subjects: [], ...extra }
    case 'subject-verwijderen':
      return { ...base, type, subjectIds: [], ...extra }
    case 'bewaartermijn-verlengen':
      return { ...base, type, retentionUntil: '2032-01-10', reason: '', ...extra }
    case 'verslag-vastgesteld':
      return { ...common, type, meetingId: null, ...extra }
    case 'overig':
      return { ...base, type, text: 'De OMT neemt kennis van de rapportage.', ...extra }
    default:
      return { ...base, type, ...extra }
  }
}

/** A case of table D brought to `phase` by decisions at the meeting, with its agenda item. */
export async function caseInPhase(
  dispatch: Dispatch,
  ref: Reference,
  meetingId: string,
  parentId: string,
  phase: string,
  alias: string,
) {
  const created = await registerCase(dispatch, ref, { alias })
  const itemId = await caseItem(dispatch, meetingId, parentId, created.id, `${created.code} ${alias}`)
  for (const type of pathTo[phase] ?? [])
    await call(dispatch, 'decision:record', { agendaItemId: itemId, values: decisionInput(type, created.id) })
  return { caseId: created.id, code: created.code, itemId }
}

const MEETING_TABLES = [
  'meeting',
  'agenda_item',
  'attachment',
  'attendance',
  'decision',
  'decision_involvement',
  'decision_correction',
  'action_item',
  'erratum',
  'export_record',
  'case_phase',
  'involvement',
  'subject',
  'search_document',
] as const

/**
 * Everything a decision could touch: row counts, the number series, meeting
 * statuses and the cases' phase, kind and retention. Equal before and after
 * a refused request means nothing was written.
 */
export async function meetingSnapshot(vault: TempVault['vault']): Promise<Record<string, unknown>> {
  const db = vault.db
  const state: Record<string, unknown> = {}
  for (const table of MEETING_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    state[table] = Number(row.n)
  }
  const sequence = await db
    .selectFrom('decision_sequence')
    .select((eb) => eb.fn.sum<number>('last_number').as('n'))
    .executeTakeFirstOrThrow()
  state.sequence = Number(sequence.n ?? 0)
  state.meetings = await db.selectFrom('meeting').select(['id', 'status', 'minutes_adopted_on']).orderBy('id').execute()
  state.cases = await db
    .selectFrom('omt_case')
    .select(['id', 'current_phase_id', 'phase_since', 'kind', 'retention_until'])
    .orderBy('id')
    .execute()
  state.involvements = await db
    .selectFrom('involvement')
    .select(['id', 'opened_on', 'closed_on', 'opened_by_decision_id', 'closed_by_decision_id'])
    .orderBy('id')
    .execute()
  return state
}

/** A fresh vault with one meeting from the template, and the "voortgang" section cases go under. */
export async function openMeetingVault(): Promise<{
  made: TempVault
  ref: Reference
  meetingId: string
  parentId: string
}> {
  const made = await tempVault()
  const ref = await reference(made.vault)
  const meeting = await createMeeting(made.dispatch, ref)
  return { made, ref, meetingId: meeting.id, parentId: section(meeting, 'voortgang').id }
}
