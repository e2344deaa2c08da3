import { OmtError } from '../../shared/contract/errors'
import type { SubjectOverview, SubjectOverviewRequest } from '../../shared/contract/subject-overview.contract'
import { dutchMoment } from '../../shared/domain/dutch-moment'
import { decisionTypeInfo } from '../../shared/domain/decision-types'
import {
  interventionKindLabels,
  interventionStatusLabels,
  interventionSubtypeLabel,
} from '../../shared/domain/intervention'
import { objectKindLabels, subjectKindLabels } from '../../shared/domain/subject'
import { type WithheldPartId, withheldParts } from '../../shared/domain/subject-overview'
import type { Db } from '../kernel/schema/database'
import {
  accessRows,
  decisionRows,
  interventionRows,
  involvementRows,
  subjectRow,
} from '../read-models/subject-overview.queries'
import { safeFileName, shortDate } from './dutch-text'

const UNKNOWN_SUBJECT =
  'Deze betrokkene staat niet in de kluis. Kies een betrokkene uit de zoekresultaten; er is niets vastgelegd.'

const stillRunning = (status: string) => status === 'gepland' || status === 'lopend'

/**
 * Everything held about one subject (inzageverzoek), in final Dutch text. The
 * hand-out version ("verstrekking") is the internal one with the parts of
 * `withheldParts` left out; the internal one counts how much each part holds
 * here, so the user sees what the hand-out will leave out before confirming.
 */
export async function buildSubjectOverview(
  db: Db,
  request: SubjectOverviewRequest,
  now: Date = new Date(),
): Promise<SubjectOverview> {
  const subject = await subjectRow(db, request.subjectId)
  if (!subject) throw new OmtError('NOT_FOUND', UNKNOWN_SUBJECT)
  const handOut = request.version === 'verstrekking'

  const involvements = await involvementRows(db, subject.id)
  const caseIds = [...new Set(involvements.map((row) => row.case_id))]
  const cases = caseIds.map((caseId) => {
    const rows = involvements.filter((row) => row.case_id === caseId)
    const first = rows[0]
    return {
      id: caseId,
      code: first?.case_code ?? '',
      alias: first?.case_alias ?? '',
      tableCode: first?.table_code ?? '',
      phase: first?.phase_name ?? '',
      involvements: rows.map((row) => ({
        openedOn: shortDate(row.opened_on),
        closedOn: row.closed_on ? shortDate(row.closed_on) : null,
        openedBy: row.opened_by,
        closedBy: row.closed_by,
      })),
    }
  })

  const { decisions: decisionList, changes } = await decisionRows(db, subject.id)
  const decisions = decisionList.map((row) => ({
    id: row.id,
    code: row.code,
    decidedOn: shortDate(row.decided_on),
    typeLabel: decisionTypeInfo[row.type].label,
    caseCode: row.case_code,
    changes: [...new Set(changes.filter((change) => change.decision_id === row.id).map((change) => change.change))],
    withdrawn: row.status === 'ingetrokken',
    text: handOut ? null : row.text,
    reason: handOut ? null : row.reason,
  }))

  const allInterventions = await interventionRows(db, subject.id, caseIds)
  const interventions = allInterventions
    .filter((row) => !handOut || !stillRunning(row.status))
    .map((row) => ({
      id: row.id,
      caseCode: row.case_code,
      kindLabel: interventionKindLabels[row.kind],
      subtypeLabel: interventionSubtypeLabel(row.subtype),
      partner: row.partner_name,
      statusLabel: interventionStatusLabels[row.status],
      startedOn: row.started_on ? shortDate(row.started_on) : null,
      endedOn: row.ended_on ? shortDate(row.ended_on) : null,
      aboutSubject: row.subject_id === subject.id,
      result: handOut || row.result === '' ? null : row.result,
    }))

  const recordIds = [
    ...caseIds,
    ...involvements.map((row) => row.id),
    ...decisionList.map((row) => row.id),
    ...allInterventions.map((row) => row.id),
  ]
  // One access per call: a call's span and its child span for the subject share a trace.
  const seenTraces = new Set<string>()
  const accesses = (await accessRows(db, subject.id, recordIds))
    .filter((row) => !seenTraces.has(row.trace_id) && Boolean(seenTraces.add(row.trace_id)))
    .map((row) => ({
      at: dutchMoment(row.start_time),
      activity: row.activity_name ?? row.activity_id,
      user: handOut ? null : row.user_name ? `${row.user_name} (${row.user_role ?? ''})` : 'Onbekende gebruiker',
      operation: handOut ? null : row.name,
      purpose: handOut ? null : row.purpose,
    }))

  const counts: Record<WithheldPartId, number> = {
    besluittekst: decisionList.filter((row) => row.text !== '' || (row.reason ?? '') !== '').length,
    'lopende-interventies': allInterventions.filter((row) => stillRunning(row.status)).length,
    'interventie-resultaat': allInterventions.filter((row) => row.result !== '').length,
    medewerkers: accesses.length,
    'interne-loggegevens': accesses.length,
  }

  const facts = [
    { label: 'Soort', value: subjectKindLabels[subject.kind] },
    ...(subject.name ? [{ label: 'Naam', value: subject.name }] : []),
    ...(subject.birth_date ? [{ label: 'Geboortedatum', value: shortDate(subject.birth_date) }] : []),
    ...(subject.kvk ? [{ label: 'KvK-nummer', value: subject.kvk }] : []),
    ...(subject.object_kind ? [{ label: 'Soort object', value: objectKindLabels[subject.object_kind] }] : []),
    ...(subject.description ? [{ label: 'Omschrijving', value: subject.description }] : []),
    { label: 'Vastgelegd sinds', value: shortDate(subject.created_at) },
  ]
  const title = subject.name ?? subject.description ?? ''
  const today = now.toISOString().slice(0, 10)
  return {
    version: request.version,
    purpose: request.purpose,
    producedOn: shortDate(today),
    subject: { id: subject.id, kind: subject.kind, title, facts },
    cases,
    decisions,
    interventions,
    accesses,
    // The hand-out always lists every part, with no counts: whether a part is empty says something too.
    withheld: withheldParts.map((part) => ({
      id: part.id,
      title: part.title,
      ground: part.ground,
      reason: part.reason,
      count: handOut ? null : counts[part.id],
    })),
    fileBaseName: safeFileName(
      `Inzageverzoek ${title.slice(0, 60)} ${today}${handOut ? ' (verstrekking)' : ' (intern)'}`,
    ),
  }
}
