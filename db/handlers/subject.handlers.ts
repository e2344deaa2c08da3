import type { Channel } from '../../shared/contract/index'
import { createSubject, getSubjectPage, updateSubject } from '../subjects/subject.queries'
import { suggestSubjects } from '../subjects/subject-suggest.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function subjectHandlers(vault: Vault): HandlersFor<Extract<Channel, `subject:${string}`>> {
  return {
    'subject:suggest': ({ values, excludeId }) => suggestSubjects(vault.db, values, excludeId),
    'subject:create': ({ values }) => createSubject(vault.db, values),
    'subject:update': ({ id, values }) => updateSubject(vault.db, id, values),
    'subject:get': ({ id }) => getSubjectPage(vault.db, id),
  }
}
