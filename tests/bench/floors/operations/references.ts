import type { Db } from '../../../../db/kernel/schema/database'

/** Reference ids by their stable code or name: ids differ per vault, names do not. */
export async function referenceId(
  db: Db,
  table: 'phase' | 'theme' | 'omt_table' | 'gemeente',
  column: 'code' | 'name',
  value: string,
): Promise<string> {
  return (await db.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow()).id
}
