import { z } from 'zod'
import { noCaseData } from './processing'

export const AUTO_LOCK_DEFAULT_MINUTES = 10
/** A closed case is kept this many years after its closing date unless a decision extends it. */
export const RETENTION_DEFAULT_YEARS = 5

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
})
export type Settings = z.output<typeof Settings>

const appSetting = noCaseData('An app setting (the auto-lock time); no case data.')

export const settingsContract = {
  'settings:get': { input: z.object({}), output: Settings, processing: appSetting },
  // Each form sends only its own settings; the others keep their stored value.
  'settings:update': { input: Settings.partial(), output: Settings, processing: appSetting },
} as const
