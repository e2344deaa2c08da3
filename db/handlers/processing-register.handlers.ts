import { activityHistory, latestActivities, updateActivity } from '../processing-register/processing-register.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

type RegisterChannel =
  | 'processing-register:list'
  | 'processing-register:update'
  | 'processing-register:history'
  | 'processing-register:document'

export function processingRegisterHandlers(vault: Vault): HandlersFor<RegisterChannel> {
  return {
    'processing-register:list': async () => ({ activities: await latestActivities(vault.db) }),
    'processing-register:update': ({ id, version, values }) => updateActivity(vault.db, id, version, values),
    'processing-register:history': async ({ id }) => ({ versions: await activityHistory(vault.db, id) }),
    'processing-register:document': async () => ({
      activities: (await latestActivities(vault.db)).map(({ versionCount: _count, ...activity }) => activity),
      printedOn: new Date().toISOString(),
    }),
  }
}
