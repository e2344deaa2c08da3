import type { Channel, Input, OmtErrorPayload, Output } from '../../shared/contract/index'
import type { Vault } from '../../db/vault/vault'
import type { TempVault } from './temp-vault'

type Dispatch = TempVault['dispatch']

/** Calls a channel through the real dispatcher and fails the test on a refusal. */
export async function call<C extends Channel>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const answer = await dispatch(channel, input)
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`)
  return answer.value as Output<C>
}

/** Calls a channel that must refuse, and returns the refusal. */
export async function refuse(dispatch: Dispatch, channel: Channel, input: unknown): Promise<OmtErrorPayload> {
  const answer = await dispatch(channel, input)
  if (answer.ok) throw new Error(`${channel} was expected to refuse but answered ${JSON.stringify(answer.value)}`)
  return answer.error
}

export interface Reference {
  table: (code: string) => string
  theme: (name: string) => string
  gemeente: (name: string) => string
  partner: (shortName: string) => string
  phase: (code: string) => string
}

export async function reference(vault: Vault): Promise<Reference> {
  const db = vault.db
  const lookup = (rows: { id: string; key: string }[]) => {
    const map = new Map(rows.map((row) => [row.key, row.id]))
    return (key: string) => {
      const id = map.get(key)
      if (!id) throw new Error(`no reference row ${key}`)
      return id
    }
  }
  return {
    table: lookup(await db.selectFrom('omt_table').select(['id', 'code as key']).execute()),
    theme: lookup(await db.selectFrom('theme').select(['id', 'name as key']).execute()),
    gemeente: lookup(await db.selectFrom('gemeente').select(['id', 'name as key']).execute()),
    partner: lookup(await db.selectFrom('partner').select(['id', 'short_name as key']).execute()),
    phase: lookup(await db.selectFrom('phase').select(['id', 'code as key']).execute()),
  }
}

export const DRUGS = 'Georganiseerde drugscriminaliteit'
export const VASTGOED = 'Fraude of misbruik in de vastgoedsector'

/** A valid case:create input for table D; override what the test is about. */
export function newCase(ref: Reference, overrides: Partial<Input<'case:create'>> = {}): Input<'case:create'> {
  return {
    alias: 'Stille Haven',
    tableId: ref.table('D'),
    kind: 'lokaal',
    leadPartnerId: ref.partner('Gemeente'),
    signalPartnerId: ref.partner('Politie'),
    caseDirector: 'Marieke van Dam',
    summary: '## Aanleiding\nMeldingen over een bedrijfsunit.\n\n## Aanpak\n- Integrale controle\n- Bibob-toets',
    themeIds: [ref.theme(DRUGS)],
    gemeenteIds: [ref.gemeente('Delft')],
    registeredOn: '2025-03-01',
    retentionUntil: '2030-03-01',
    code: null,
    ...overrides,
  }
}

export function newIntervention(
  ref: Reference,
  overrides: Partial<Input<'intervention:create'>['values']> = {},
): Input<'intervention:create'>['values'] {
  return {
    partnerId: ref.partner('Gemeente'),
    kind: 'bestuursrechtelijk',
    subtype: 'damocles',
    status: 'lopend',
    startedOn: '2025-04-01',
    endedOn: null,
    result: '',
    amountCents: null,
    subjectId: null,
    ...overrides,
  }
}

/** The values to edit a case with, taken from what case:get answered. */
export function editable(detail: Output<'case:get'>): Input<'case:update'>['values'] {
  return {
    code: detail.code,
    alias: detail.alias,
    tableId: detail.table.id,
    kind: detail.kind,
    leadPartnerId: detail.leadPartner?.id ?? null,
    signalPartnerId: detail.signalPartner?.id ?? null,
    caseDirector: detail.caseDirector,
    summary: detail.summary,
    themeIds: detail.themes.map((theme) => theme.id),
    gemeenteIds: detail.gemeenten.map((gemeente) => gemeente.id),
    retentionUntil: detail.retentionUntil,
  }
}

const REGISTER_TABLES = [
  'omt_case',
  'case_summary',
  'case_phase',
  'case_theme',
  'case_gemeente',
  'case_sequence',
  'subject',
  'involvement',
  'intervention',
  'search_document',
] as const

/**
 * Row counts of every register table, the sequence state and the index size:
 * equal before and after a refused request means nothing was written.
 */
export async function snapshot(vault: Vault): Promise<Record<string, number>> {
  const db = vault.db
  const counts: Record<string, number> = {}
  for (const table of REGISTER_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(row.n)
  }
  const sequence = await db
    .selectFrom('case_sequence')
    .select((eb) => eb.fn.sum<number>('last_number').as('n'))
    .executeTakeFirstOrThrow()
  counts.sequenceTotal = Number(sequence.n ?? 0)
  const updated = await db
    .selectFrom('omt_case')
    .select((eb) => eb.fn.max('updated_at').as('latest'))
    .executeTakeFirstOrThrow()
  counts.latestUpdate = updated.latest ? Date.parse(updated.latest) : 0
  return counts
}
