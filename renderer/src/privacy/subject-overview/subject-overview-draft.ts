import { dutchFieldErrors } from '../../../../shared/contract/dutch-issues'
import type { FieldErrors } from '../../../../shared/contract/errors'
import {
  SubjectOverviewSaveRequest,
  type SubjectOverviewSaveRequest as SaveRequest,
} from '../../../../shared/contract/subject-overview.contract'
import { type OverviewVersion, type WithheldPartId, withheldParts } from '../../../../shared/domain/subject-overview'

/** The inzageverzoek form while it is filled in. */
export interface SubjectOverviewDraft {
  version: OverviewVersion
  purpose: string
  /** The withheld parts the user ticked, one by one: together they are the confirmation the vault asks for. */
  confirmed: readonly WithheldPartId[]
}

export const blankOverviewDraft: SubjectOverviewDraft = { version: 'verstrekking', purpose: '', confirmed: [] }

export const withheldFieldName = (id: WithheldPartId) => `withheld.${id}`

const NOT_CONFIRMED = 'Bevestig dat dit onderdeel niet aan de betrokkene wordt verstrekt.'

export function saveRequestOf(subjectId: string, draft: SubjectOverviewDraft): SaveRequest {
  return {
    subjectId,
    purpose: draft.purpose,
    version: draft.version,
    withholdingConfirmed: withheldParts.every((part) => draft.confirmed.includes(part.id)),
  }
}

/**
 * Checked before anything is printed: the contract's own rules (so a missing
 * purpose is told at its field in the vault's words), and for the hand-out a
 * message at every withheld part not yet ticked, where the vault would only
 * say that the confirmation as a whole is missing.
 */
export function draftErrors(subjectId: string, draft: SubjectOverviewDraft): FieldErrors {
  const parsed = SubjectOverviewSaveRequest.safeParse(saveRequestOf(subjectId, draft))
  const fields: FieldErrors = parsed.success ? {} : dutchFieldErrors(parsed.error)
  delete fields.withholdingConfirmed
  if (draft.version === 'verstrekking') {
    for (const part of withheldParts) {
      if (!draft.confirmed.includes(part.id)) fields[withheldFieldName(part.id)] = NOT_CONFIRMED
    }
  }
  return fields
}
