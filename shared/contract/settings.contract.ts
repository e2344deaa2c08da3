import { z } from 'zod'
import { noCaseData } from './processing'

export const AUTO_LOCK_DEFAULT_MINUTES = 10
/** A closed case is kept this many years after its closing date unless a decision extends it. */
export const RETENTION_DEFAULT_YEARS = 5
/** A back-up older than this many days is due again. */
export const BACKUP_REMINDER_DEFAULT_DAYS = 7

export const Settings = z.object({
  autoLockMinutes: z
    .number('Vul een aantal minuten in.')
    .int('Vul een heel aantal minuten in.')
    .min(1, 'Kies minstens 1 minuut.')
    .max(240, 'Kies hoogstens 240 minuten.'),
  retentionYears: z
    .number('Vul een aantal jaren in.')
    .int('Vul een heel aantal jaren in.')
    .min(1, 'Kies minstens 1 jaar.')
    .max(20, 'Kies hoogstens 20 jaar.'),
  /** After this many days without a back-up the app reminds the user. */
  backupReminderDays: z
    .number('Vul een aantal dagen in.')
    .int('Vul een heel aantal dagen in.')
    .min(1, 'Kies minstens 1 dag.')
    .max(90, 'Kies hoogstens 90 dagen.'),
})
export type Settings = z.output<typeof Settings>

const appSetting = noCaseData('An app setting (the auto-lock time); no case data.')

export const settingsContract = {
  'settings:get': { input: z.object({}), output: Settings, processing: appSetting },
  // Each form sends only its own settings; the others keep their stored value.
  'settings:update': { input: Settings.partial(), output: Settings, processing: appSetting },
} as const
