import { z } from 'zod'

export const AUTO_LOCK_DEFAULT_MINUTES = 10

export const Settings = z.object({
  autoLockMinutes: z
    .number('Vul een aantal minuten in.')
    .int('Vul een heel aantal minuten in.')
    .min(1, 'Kies minstens 1 minuut.')
    .max(240, 'Kies hoogstens 240 minuten.'),
})
export type Settings = z.output<typeof Settings>

export const settingsContract = {
  'settings:get': { input: z.object({}), output: Settings },
  'settings:update': { input: Settings, output: Settings },
} as const
