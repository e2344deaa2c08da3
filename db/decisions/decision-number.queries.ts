import { formatDecisionCode } from '../../shared/domain/decision-types'
import type { Db } from '../kernel/schema/database'

/**
 * The next number of a table in a year. Numbers are never handed out twice:
 * a withdrawn decision keeps its number, and a code already taken (a table
 * renamed to an old code) is skipped.
 */
export async function nextDecisionNumber(
  db: Db,
  tableId: string,
  tableCode: string,
  year: number,
): Promise<{ number: number; code: string }> {
  for (;;) {
    const { last_number } = await db
      .insertInto('decision_sequence')
      .values({ table_id: tableId, year, last_number: 1 })
      .onConflict((conflict) =>
        conflict.columns(['table_id', 'year']).doUpdateSet((eb) => ({ last_number: eb('last_number', '+', 1) })),
      )
      .returning('last_number')
      .executeTakeFirstOrThrow()
    const code = formatDecisionCode(tableCode, year, last_number)
    const taken = await db.selectFrom('decision').select('id').where('code', '=', code).executeTakeFirst()
    if (!taken) return { number: last_number, code }
  }
}
