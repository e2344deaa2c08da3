import type { CaseDetail } from '../../../../shared/contract/case.contract'
import type { Input } from '../../../../shared/contract/index'
import { type CaseKind, defaultRetentionUntil } from '../../../../shared/domain/case'
import { isRealIsoDate } from '../../../../shared/domain/iso-date'

/** The case form while it is being filled in: every control's own value, as typed. */
export interface CaseDraft {
  tableId: string
  kind: string
  alias: string
  themeIds: string[]
  gemeenteIds: string[]
  /**
   * Who brought the signal in. It starts empty rather than copying the lead
   * partner: the two often differ (politie brings the signal, the gemeente
   * leads), and a copied default would be counted by the district report as a
   * fact nobody chose.
   */
  signalPartnerId: string
  leadPartnerId: string
  caseDirector: string
  summary: string
  registeredOn: string
  retentionUntil: string
  /** Until the user picks a retention date, it follows the registration date. */
  retentionTouched: boolean
  /** A case that already had a code elsewhere keeps it; otherwise the vault numbers it. */
  ownCode: boolean
  code: string
}

export function blankDraft(today: string): CaseDraft {
  return {
    tableId: '',
    kind: '',
    alias: '',
    themeIds: [],
    gemeenteIds: [],
    signalPartnerId: '',
    leadPartnerId: '',
    caseDirector: '',
    summary: '',
    registeredOn: today,
    retentionUntil: defaultRetentionUntil(today),
    retentionTouched: false,
    ownCode: false,
    code: '',
  }
}

export function draftOf(detail: CaseDetail): CaseDraft {
  return {
    tableId: detail.table.id,
    kind: detail.kind,
    alias: detail.alias,
    themeIds: detail.themes.map((theme) => theme.id),
    gemeenteIds: detail.gemeenten.map((gemeente) => gemeente.id),
    signalPartnerId: detail.signalPartner?.id ?? '',
    leadPartnerId: detail.leadPartner?.id ?? '',
    caseDirector: detail.caseDirector ?? '',
    summary: detail.summary,
    registeredOn: detail.registeredOn,
    retentionUntil: detail.retentionUntil,
    retentionTouched: true,
    ownCode: true,
    code: detail.code,
  }
}

/** A changed registration date moves an untouched retention date along with it. */
export function withRegisteredOn(draft: CaseDraft, registeredOn: string): CaseDraft {
  const follows = !draft.retentionTouched && isRealIsoDate(registeredOn)
  return {
    ...draft,
    registeredOn,
    retentionUntil: follows ? defaultRetentionUntil(registeredOn) : draft.retentionUntil,
  }
}

// An empty kind goes to the vault as it is, so its Dutch message says what to choose.
const common = (draft: CaseDraft) => ({
  alias: draft.alias,
  tableId: draft.tableId,
  kind: draft.kind as CaseKind,
  signalPartnerId: draft.signalPartnerId || null,
  leadPartnerId: draft.leadPartnerId || null,
  caseDirector: draft.caseDirector.trim() || null,
  summary: draft.summary,
  themeIds: draft.themeIds,
  gemeenteIds: draft.gemeenteIds,
  retentionUntil: draft.retentionUntil,
})

export function createInput(draft: CaseDraft): Input<'case:create'> {
  return { ...common(draft), registeredOn: draft.registeredOn, code: draft.ownCode ? draft.code : null }
}

export function updateValues(draft: CaseDraft): Input<'case:update'>['values'] {
  return { ...common(draft), code: draft.code }
}

/** What the form checks itself: an empty select would otherwise come back as a generic message. */
export function missingChoices(draft: CaseDraft): Record<string, string> {
  return draft.tableId ? {} : { tableId: 'Kies de ondermijningstafel waar de casus besproken wordt.' }
}
