import { z } from 'zod'
import { TemplateItemValues } from '../../shared/contract/meeting.contract'
import { DEFAULT_AGENDA_TEMPLATE, type TemplateItem } from '../../shared/domain/agenda'
import type { Db } from '../kernel/schema/database'

/** Regions differ: the default agenda of domain.md is where a secretary starts, and may be changed. */
const KEY = 'meeting.agendaTemplate'

export async function agendaTemplate(db: Db): Promise<{ items: TemplateItem[]; isDefault: boolean }> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', KEY).executeTakeFirst()
  if (row) {
    const parsed = z.array(TemplateItemValues).min(1).safeParse(JSON.parse(row.value))
    // A stored template that no longer parses (an older version's) falls back to the default.
    if (parsed.success) return { items: parsed.data, isDefault: false }
  }
  return { items: DEFAULT_AGENDA_TEMPLATE.map((item) => ({ ...item })), isDefault: true }
}

/** Null restores the default. */
export async function setAgendaTemplate(
  db: Db,
  items: TemplateItem[] | null,
): Promise<{ items: TemplateItem[]; isDefault: boolean }> {
  if (items === null) await db.deleteFrom('setting').where('key', '=', KEY).execute()
  else {
    const value = JSON.stringify(items)
    await db
      .insertInto('setting')
      .values({ key: KEY, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
      .execute()
  }
  return agendaTemplate(db)
}
