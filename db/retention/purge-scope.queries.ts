import { createHash } from 'node:crypto'
import { OmtError } from '../../shared/contract/errors'
import type { PurgePreview } from '../../shared/contract/retention.contract'
import { FINAL_PHASE_CODES } from '../../shared/domain/case'
import { dutchDate, todayIso } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'
import { type FreeTextField, findNameOccurrences, type LocatedOccurrence } from './name-occurrences'

/** Everything a purge of one case removes or scrubs, read in one go so preview and purge agree. */
export interface PurgeScope {
  preview: PurgePreview
  occurrences: LocatedOccurrence[]
  involvementIds: string[]
  interventionIds: string[]
}

const refusal = (message: string): never => {
  throw new OmtError('VALIDATION', message)
}

/** Why this case may not be purged today, or null. */
function purgeRefusal(
  row: { code: string; retention_until: string; phase_code: string },
  purgedAt: string | null,
  today: string,
): string | null {
  if (purgedAt) return `Casus ${row.code} is al vernietigd op ${dutchDate(purgedAt.slice(0, 10))}.`
  if (row.retention_until >= today)
    return `De bewaartermijn van casus ${row.code} loopt tot en met ${dutchDate(row.retention_until)}. Vernietigen kan pas daarna.`
  if (!FINAL_PHASE_CODES.includes(row.phase_code))
    return `Casus ${row.code} is nog niet afgesloten. Sluit de casus af met een besluit, of verleng de bewaartermijn met een besluit.`
  return null
}

async function freeTextFields(db: Db, caseId: string, code: string, alias: string): Promise<FreeTextField[]> {
  const fields: FreeTextField[] = [
    { table: 'omt_case', column: 'alias', id: caseId, place: `Casus ${code}, alias`, text: alias },
  ]
  const summary = await db.selectFrom('case_summary').select('summary').where('case_id', '=', caseId).executeTakeFirst()
  if (summary)
    fields.push({
      table: 'case_summary',
      column: 'summary',
      id: caseId,
      place: `Casus ${code}, samenvatting`,
      text: summary.summary,
    })

  const decisions = await db
    .selectFrom('decision')
    .select(['id', 'code', 'text', 'reason'])
    .where('case_id', '=', caseId)
    .orderBy('decided_on')
    .orderBy('number')
    .execute()
  for (const decision of decisions) {
    const place = `Besluit ${decision.code}`
    fields.push({ table: 'decision', column: 'text', id: decision.id, place: `${place}, tekst`, text: decision.text })
    if (decision.reason)
      fields.push({
        table: 'decision',
        column: 'reason',
        id: decision.id,
        place: `${place}, reden`,
        text: decision.reason,
      })
  }
  const decisionIds = decisions.map((decision) => decision.id)
  if (decisionIds.length > 0) {
    const corrections = await db
      .selectFrom('decision_correction as dc')
      .innerJoin('decision as d', 'd.id', 'dc.decision_id')
      .select(['dc.decision_id', 'dc.seq', 'dc.note', 'dc.previous', 'd.code'])
      .where('dc.decision_id', 'in', decisionIds)
      .orderBy('dc.decision_id')
      .orderBy('dc.seq')
      .execute()
    for (const correction of corrections) {
      const id = `${correction.decision_id}|${String(correction.seq)}`
      const place = `Correctie ${String(correction.seq)} van besluit ${correction.code}`
      fields.push({
        table: 'decision_correction',
        column: 'note',
        id,
        place: `${place}, toelichting`,
        text: correction.note,
      })
      // The decision as it was before the correction: its old text sits in this JSON.
      fields.push({
        table: 'decision_correction',
        column: 'previous',
        id,
        place: `${place}, vorige versie`,
        text: correction.previous,
      })
    }
  }

  const items = await db
    .selectFrom('agenda_item as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .select(['a.id', 'a.title', 'a.notes', 'a.chair_notes', 'a.meeting_id', 'm.date'])
    .where('a.case_id', '=', caseId)
    .orderBy('m.date')
    .orderBy('a.position')
    .execute()
  for (const item of items) {
    const place = `Agendapunt ‘${item.title}’ van ${dutchDate(item.date)}`
    fields.push({ table: 'agenda_item', column: 'title', id: item.id, place: `${place}, titel`, text: item.title })
    fields.push({ table: 'agenda_item', column: 'notes', id: item.id, place: `${place}, verslag`, text: item.notes })
    fields.push({
      table: 'agenda_item',
      column: 'chair_notes',
      id: item.id,
      place: `${place}, voorzittersnotitie`,
      text: item.chair_notes,
    })
  }
  const itemIds = items.map((item) => item.id)
  const actions = await db
    .selectFrom('action_item')
    .select(['id', 'text'])
    .where((eb) =>
      eb.or([
        eb('case_id', '=', caseId),
        ...(itemIds.length > 0 ? [eb('agenda_item_id', 'in', itemIds)] : []),
        ...(decisionIds.length > 0 ? [eb('decision_id', 'in', decisionIds)] : []),
      ]),
    )
    .orderBy('created_at')
    .execute()
  for (const action of actions)
    fields.push({ table: 'action_item', column: 'text', id: action.id, place: 'Actiepunt', text: action.text })

  const interventions = await db
    .selectFrom('intervention')
    .select(['id', 'subtype', 'result'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute()
  for (const intervention of interventions)
    fields.push({
      table: 'intervention',
      column: 'result',
      id: intervention.id,
      place: `Interventie ${intervention.subtype}, resultaat`,
      text: intervention.result,
    })

  // An erratum belongs to the minutes of a meeting where the case was discussed.
  const meetingIds = [...new Set(items.map((item) => item.meeting_id))]
  if (meetingIds.length > 0) {
    const errata = await db
      .selectFrom('erratum as e')
      .innerJoin('meeting as m', 'm.id', 'e.meeting_id')
      .select(['e.id', 'e.text', 'm.date'])
      .where('e.meeting_id', 'in', meetingIds)
      .orderBy('e.seq')
      .execute()
    for (const erratum of errata)
      fields.push({
        table: 'erratum',
        column: 'text',
        id: erratum.id,
        place: `Erratum bij het verslag van ${dutchDate(erratum.date)}`,
        text: erratum.text,
      })
  }
  return fields.filter((field) => field.text !== '')
}

/**
 * The spellings a text may use for a subject: the full name, and for a person
 * also the name without the first given name ("de Vries" for "Jan de Vries"),
 * since minutes often use the surname alone.
 */
function searchedNames(kind: string, title: string): string[] {
  const words = title.trim().split(/\s+/u)
  if (kind !== 'persoon' || words.length < 2) return [title]
  const surname = words.slice(1).join(' ')
  return surname.length >= 3 ? [title, surname] : [title]
}

/**
 * Reads what a purge of the case would remove. Subjects and objects in no
 * other case (neither an involvement nor an intervention elsewhere) are
 * deleted; the others only lose their part in this case. Names searched in
 * the free text are those of the subjects that are deleted.
 */
export async function purgeScope(db: Db, caseId: string, today = todayIso()): Promise<PurgeScope> {
  const row = await db
    .selectFrom('omt_case as c')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .select(['c.id', 'c.code', 'c.alias', 'c.retention_until', 'p.code as phase_code'])
    .where('c.id', '=', caseId)
    .executeTakeFirst()
  if (!row) return refusal('Deze casus bestaat niet (meer). Zoek de casus opnieuw.')
  const purged = await db
    .selectFrom('retention_purge')
    .select('purged_at')
    .where('case_id', '=', caseId)
    .executeTakeFirst()

  const involvements = await db
    .selectFrom('involvement')
    .select(['id', 'subject_id'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute()
  const interventions = await db
    .selectFrom('intervention')
    .select(['id', 'subject_id'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute()
  const subjectIds = [
    ...new Set([
      ...involvements.map((involvement) => involvement.subject_id),
      ...interventions.flatMap((intervention) => (intervention.subject_id ? [intervention.subject_id] : [])),
    ]),
  ]
  const subjects =
    subjectIds.length === 0
      ? []
      : await db
          .selectFrom('subject as s')
          .select(['s.id', 's.kind', 's.name', 's.description'])
          .select((eb) =>
            eb
              .or([
                eb.exists(
                  eb
                    .selectFrom('involvement as o')
                    .select('o.id')
                    .whereRef('o.subject_id', '=', 's.id')
                    .where('o.case_id', '!=', caseId),
                ),
                eb.exists(
                  eb
                    .selectFrom('intervention as o')
                    .select('o.id')
                    .whereRef('o.subject_id', '=', 's.id')
                    .where('o.case_id', '!=', caseId),
                ),
              ])
              .as('elsewhere'),
          )
          .where('s.id', 'in', subjectIds)
          .orderBy('s.id')
          .execute()
  const removed = subjects.filter((subject) => !subject.elsewhere)
  const attachments = await db
    .selectFrom('attachment as t')
    .innerJoin('agenda_item as a', 'a.id', 't.agenda_item_id')
    .select(['t.id', 't.file_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('t.id')
    .execute()

  const fields = await freeTextFields(db, caseId, row.code, row.alias)
  // Every subject of the case, also one kept for another case: its link to this case goes, so its name here goes too.
  const names = subjects.flatMap((subject) => searchedNames(subject.kind, subject.name ?? subject.description ?? ''))
  const occurrences = findNameOccurrences(fields, names)
  const withoutDigest: Omit<PurgePreview, 'fingerprint'> = {
    caseId,
    code: row.code,
    alias: row.alias,
    retentionUntil: row.retention_until,
    refusal: purgeRefusal(row, purged?.purged_at ?? null, today),
    subjects: removed.map((subject) => ({
      id: subject.id,
      kind: subject.kind,
      title: subject.name ?? subject.description ?? '',
    })),
    keptSubjects: subjects.length - removed.length,
    involvements: involvements.length,
    attachments: attachments.map((attachment) => ({ id: attachment.id, fileName: attachment.file_name })),
    interventions: interventions.filter((intervention) => intervention.subject_id !== null).length,
    occurrences: occurrences.map(({ key, place, name, before, match, after, cutBefore, cutAfter }) => ({
      key,
      place,
      name,
      before,
      match,
      after,
      cutBefore,
      cutAfter,
    })),
  }
  // Over the preview and the full texts searched: any change to either makes a confirmed review stale.
  const digest = createHash('sha256')
    .update(JSON.stringify(withoutDigest))
    .update(JSON.stringify(fields.map((field) => [field.table, field.column, field.id, field.text])))
    .update(JSON.stringify([involvements, interventions]))
    .digest('hex')
  return {
    preview: { ...withoutDigest, fingerprint: digest },
    occurrences,
    involvementIds: involvements.map((involvement) => involvement.id),
    interventionIds: interventions.map((intervention) => intervention.id),
  }
}
