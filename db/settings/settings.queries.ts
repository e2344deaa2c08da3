import {
  AUTO_LOCK_DEFAULT_MINUTES,
  BACKUP_REMINDER_DEFAULT_DAYS,
  RETENTION_DEFAULT_YEARS,
  type Settings,
} from '../../shared/contract/settings.contract'
import type { Db } from '../kernel/schema/database'

const DEFAULTS: Settings = {
  autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES,
  retentionYears: RETENTION_DEFAULT_YEARS,
  backupReminderDays: BACKUP_REMINDER_DEFAULT_DAYS,
}

export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).execute()
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
  return { ...DEFAULTS, ...stored }
}

export async function saveSettings(
  db: Db,
  settings: { [K in keyof Settings]?: Settings[K] | undefined },
): Promise<Settings> {
  await db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(settings)) {
      if (value === undefined) continue
      await trx
        .insertInto('setting')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute()
    }
  })
  return getSettings(db)
}
