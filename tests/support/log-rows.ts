import { randomBytes } from 'node:crypto'
import type { Vault } from '../../db/vault/vault'

/**
 * Processing-log spans written straight into the table, for tests of what
 * reads the log (the inzageverzoek) apart from what writes it. The mac is
 * random: these rows are not part of a verified chain.
 */
export async function insertLogSpan(
  vault: Vault,
  span: {
    name: string
    activityId: string
    userId: string
    startTime: number
    subjectId?: string | null
    records?: { kind: string; id: string }[]
    purpose?: string | null
    traceId?: string
  },
): Promise<{ seq: number; traceId: string }> {
  const db = vault.db
  const last = await db
    .selectFrom('processing_log')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst()
  const seq = Number(last?.max ?? 0) + 1
  const traceId = span.traceId ?? randomBytes(16).toString('hex')
  const records = span.records ?? []
  await db
    .insertInto('processing_log')
    .values({
      seq,
      trace_id: traceId,
      span_id: randomBytes(8).toString('hex'),
      parent_span_id: null,
      name: span.name,
      status: 'Ok',
      start_time: span.startTime,
      end_time: span.startTime + 3,
      activity_id: span.activityId,
      data_subject_id: span.subjectId ?? null,
      data_subject_type: span.subjectId ? 'persoon' : null,
      records: records
        .map((record) => `${record.kind}:${record.id}`)
        .sort()
        .join(' '),
      user_id: span.userId,
      purpose: span.purpose ?? null,
      key_epoch: 1,
      mac: randomBytes(32),
    })
    .execute()
  for (const record of records) {
    await db.insertInto('processing_log_record').values({ record_id: record.id, seq, kind: record.kind }).execute()
  }
  return { seq, traceId }
}
