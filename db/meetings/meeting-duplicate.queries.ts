import { OmtError } from '../../shared/contract/errors'
import { dutchDate } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'

/** One table does not meet twice at the same moment; the UNIQUE index is the backstop, this is the explanation. */
export async function assertSlotFree(
  db: Db,
  tableId: string,
  date: string,
  startTime: string,
  exceptId: string | null,
): Promise<void> {
  let query = db
    .selectFrom('meeting as m')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .select(['t.code'])
    .where('m.table_id', '=', tableId)
    .where('m.date', '=', date)
    .where('m.start_time', '=', startTime)
  if (exceptId) query = query.where('m.id', '!=', exceptId)
  const other = await query.executeTakeFirst()
  if (!other) return
  const message = `OMT ${other.code} vergadert al op ${dutchDate(date)} om ${startTime}. Kies een andere datum of begintijd, of open die vergadering.`
  throw new OmtError('CONFLICT', message, { date: message, startTime: message })
}
