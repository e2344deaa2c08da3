import type { Input } from '../../shared/contract/index'

/**
 * A case:create input with only what the vault requires: a local case with no
 * lead partner, themes or gemeenten; for tests about something else than the case.
 */
export function plainCase(
  tableId: string,
  alias: string,
  dates: Pick<Input<'case:create'>, 'registeredOn' | 'retentionUntil'>,
): Input<'case:create'> {
  return {
    alias,
    tableId,
    kind: 'lokaal',
    leadPartnerId: null,
    signalPartnerId: null,
    caseDirector: null,
    summary: '',
    themeIds: [],
    gemeenteIds: [],
    code: null,
    ...dates,
  }
}
