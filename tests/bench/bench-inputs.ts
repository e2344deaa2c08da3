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
