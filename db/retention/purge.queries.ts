import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import type { PurgeCounts } from '../../shared/contract/retention.contract'
import type { SubjectKind } from '../../shared/domain/subject'
import { todayIso } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'
import { type LocatedOccurrence, replaceOccurrences } from './name-occurrences'
import { purgeScope } from './purge-scope.queries'

export interface PurgeResult {
  caseId: string
  code: string
  counts: PurgeCounts
  subjects: { id: string; kind: SubjectKind }[]
}

const STALE =
  'De gegevens van deze casus zijn gewijzigd sinds het overzicht van wat wordt vernietigd. Er is niets vernietigd; bekijk het nieuwe overzicht en bevestig de namen opnieuw.'

/** Writes the scrubbed text of one field back; the search triggers follow the update. */
async function writeField(db: Db, occurrence: LocatedOccurrence, text: string): Promise<void> {
  const { table, column, id } = occurrence.field
  if (table === 'decision_correction') {
    const [decisionId = '', seq = ''] = id.split('|')
    await sql`UPDATE decision_correction SET ${sql.ref(column)} = ${text} WHERE decision_id = ${decisionId} AND seq = ${Number(seq)}`.execute(
      db,
    )
    return
  }
  const key = table === 'case_summary' ? 'case_id' : 'id'
  await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${text} WHERE ${sql.ref(key)} = ${id}`.execute(db)
}

/**
 * Removes the personal data of an expired case in one transaction, after
 * checking that what the user reviewed is still exactly what is there.
 * Kept: the case row (dates, kind, table), its phases, themes, gemeenten and
 * decisions (for the district report's counts and closing reasons), and its
 * interventions (partner, kind, status, dates, amount) without their subject.
 * Only counts go into retention_purge. The caller checkpoints afterwards.
 */
export async function purgeCase(
  db: Db,
  input: { caseId: string; fingerprint: string; confirmed: readonly string[] },
  now = new Date(),
): Promise<PurgeResult> {
  return db.transaction().execute(async (trx) => {
    const scope = await purgeScope(trx, input.caseId, todayIso(now))
    if (scope.preview.refusal) throw new OmtError('VALIDATION', scope.preview.refusal)
    if (scope.preview.fingerprint !== input.fingerprint) throw new OmtError('CONFLICT', STALE)
    const byKey = new Map(scope.occurrences.map((occurrence) => [occurrence.key, occurrence]))
    const confirmed = [...new Set(input.confirmed)].map((key) => byKey.get(key))
    if (confirmed.some((occurrence) => occurrence === undefined)) throw new OmtError('CONFLICT', STALE)

    await trx.insertInto('retention_purge_running').values({ case_id: input.caseId }).execute()
    const perField = new Map<string, LocatedOccurrence[]>()
    for (const occurrence of confirmed) {
      if (!occurrence) continue
      const field = `${occurrence.field.table}.${occurrence.field.column}.${occurrence.field.id}`
      perField.set(field, [...(perField.get(field) ?? []), occurrence])
    }
    for (const occurrences of perField.values()) {
      const first = occurrences[0]
      if (first) await writeField(trx, first, replaceOccurrences(first.field.text, occurrences))
    }

    // decision_involvement rows go with their involvement (ON DELETE CASCADE).
    if (scope.involvementIds.length > 0)
      await trx.deleteFrom('involvement').where('id', 'in', scope.involvementIds).execute()
    if (scope.interventionIds.length > 0)
      await trx
        .updateTable('intervention')
        .set({ subject_id: null, updated_at: now.toISOString() })
        .where('id', 'in', scope.interventionIds)
        .execute()
    const subjectIds = scope.preview.subjects.map((subject) => subject.id)
    if (subjectIds.length > 0) await trx.deleteFrom('subject').where('id', 'in', subjectIds).execute()
    const attachmentIds = scope.preview.attachments.map((attachment) => attachment.id)
    // Content goes with its attachment (ON DELETE CASCADE).
    if (attachmentIds.length > 0) await trx.deleteFrom('attachment').where('id', 'in', attachmentIds).execute()
    await trx.deleteFrom('retention_purge_running').where('case_id', '=', input.caseId).execute()

    const counts: PurgeCounts = {
      subjects: subjectIds.length,
      involvements: scope.involvementIds.length,
      attachments: attachmentIds.length,
      interventions: scope.preview.interventions,
      replacedNames: confirmed.length,
    }
    await trx
      .insertInto('retention_purge')
      .values({
        id: randomUUID(),
        case_id: input.caseId,
        case_code: scope.preview.code,
        purged_at: now.toISOString(),
        retention_until: scope.preview.retentionUntil,
        counts: JSON.stringify(counts),
      })
      .execute()
    await trx.updateTable('omt_case').set({ updated_at: now.toISOString() }).where('id', '=', input.caseId).execute()
    // A contentless FTS5 index keeps deleted terms in its segments until they are merged:
    // rebuilding the segments now drops the purged names from the index's pages.
    await sql`INSERT INTO search_fts(search_fts) VALUES ('optimize')`.execute(trx)
    return {
      caseId: input.caseId,
      code: scope.preview.code,
      counts,
      subjects: scope.preview.subjects.map((subject) => ({ id: subject.id, kind: subject.kind })),
    }
  })
}
