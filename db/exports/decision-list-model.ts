import type { ExportModel } from '../../shared/contract/export.contract'
import type { MeetingDetail } from '../../shared/contract/meeting.contract'
import { toDecisionEntry } from './decision-entry'
import { documentHead } from './document-head'
import type { Pseudonyms } from './pseudonyms.queries'

type DecisionList = Extract<ExportModel, { document: 'besluitenlijst' }>

export const PSEUDONYM_NOTICE =
  'Gepseudonimiseerde besluitenlijst: subjecten en objecten zijn per casus vervangen door ‘subject A’, ‘object A’ enzovoort. Namen in de besluittekst zijn weggelaten.'

/**
 * Decisions only, in number order. The pseudonymised variant is made here,
 * in the vault, so no subject or object name ever reaches the renderer or the
 * file; the full variant is as confidential as the minutes.
 */
export function decisionListModel(meeting: MeetingDetail, pseudonyms: Pseudonyms | null): DecisionList {
  const decisions = meeting.items
    .flatMap((item) => item.decisions.map((decision) => ({ decision, itemLabel: `${item.number} ${item.title}` })))
    .sort((a, b) => a.decision.year - b.decision.year || a.decision.number - b.decision.number)
    .map(({ decision, itemLabel }) => toDecisionEntry(decision, itemLabel, pseudonyms))
  return {
    document: 'besluitenlijst',
    head: documentHead(meeting, {
      document: 'besluitenlijst',
      variant: pseudonyms ? 'gepseudonimiseerd' : 'volledig',
      confidential: pseudonyms === null,
      notice: pseudonyms ? PSEUDONYM_NOTICE : null,
    }),
    decisions,
  }
}
