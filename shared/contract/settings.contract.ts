import { z } from 'zod'
import { noCaseData } from './processing'

export const AUTO_LOCK_DEFAULT_MINUTES = 10

export const Settings = z.object({
  autoLockMinutes: z
    .number('Vul een aantal minuten in.')
    .int('Vul een heel aantal minuten in.')
    .min(1, 'Kies minstens 1 minuut.')
    .max(240, 'Kies hoogstens 240 minuten.'),
})
export type Settings = z.output<typeof Settings>

const appSetting = noCaseData('An app setting (the auto-lock time); no case data.')

export const settingsContract = {
  'settings:get': { input: z.object({}), output: Settings, processing: appSetting },
  'settings:update': { input: Settings, output: Settings, processing: appSetting },
} as const
