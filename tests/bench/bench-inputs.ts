import type { Input } from '../../shared/contract/index'

/** An extra agenda item, to bring a meeting to the size a bench asks for. */
export const extraAgendaItem = (title: string): Input<'agenda:add'>['values'] => ({
  title,
  type: 'overig',
  caseId: null,
  presenterPartnerId: null,
  durationMinutes: 5,
  confidential: false,
  notes: 'Besproken; de partners zetten de interventies voort.',
  chairNotes: '',
  status: 'gepland',
})

/** A case registered for a bench's decisions: local, on the given table, led and signalled by one partner. */
export const benchCase = (
  index: number,
  tableId: string,
  partnerId: string,
  registeredOn: string,
): Input<'case:create'> => ({
  alias: `Benchmarkcasus ${String(index)}`,
  tableId,
  kind: 'lokaal',
  leadPartnerId: partnerId,
  signalPartnerId: partnerId,
  caseDirector: null,
  summary: '',
  themeIds: [],
  gemeenteIds: [],
  registeredOn,
  retentionUntil: '2040-01-01',
  code: null,
})

/** The steps of a case's life that a bench records one by one, each with what its type asks for. */
export const CASE_LIFE = ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie', 'afsluiten'] as const

/** The `step`-th decision over the bench cases, one case's whole life after the other. */
export function lifeDecision(cases: readonly { id: string; itemId: string }[], step: number): Input<'decision:record'> {
  const target = cases[Math.floor(step / CASE_LIFE.length)]
  const type = CASE_LIFE[step % CASE_LIFE.length] ?? 'start-analyse'
  const common = { caseId: target?.id ?? '', text: '', refersToDecisionId: null }
  const values: Input<'decision:record'>['values'] =
    type === 'start-casus'
      ? { ...common, type, caseKind: 'lokaal' }
      : type === 'afsluiten'
        ? { ...common, type, reason: 'Doelen van het plan van aanpak bereikt.', closingReason: 'doelen-bereikt' }
        : { ...common, type }
  return { agendaItemId: target?.itemId ?? '', values }
}
