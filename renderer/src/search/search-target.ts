import type { SearchGroup, SearchResult } from '../../../shared/contract/search.contract'
import type { SearchKind } from '../../../shared/domain/search'
import { caseRoutes } from '../register/case-routes'

/** The group names as the screen says them; a kind not named here shows the vault's own label. */
const groupLabels: Partial<Record<SearchKind, string>> = {
  case: 'Casussen',
  subject: 'Subjecten en objecten',
  intervention: 'Interventies',
}

export const groupLabel = (group: SearchGroup): string => groupLabels[group.kind] ?? group.label

/**
 * Where a hit leads: a subject's page, or the case a hit belongs to. Kinds
 * whose page does not exist yet (meetings) lead nowhere and are not offered.
 */
export function routeOf(result: SearchResult): string | null {
  if (result.kind === 'subject') return caseRoutes.subject(result.id)
  return result.caseId ? caseRoutes.case(result.caseId) : null
}

/** Only hits the app can open; a group left empty is dropped. */
export function openableGroups(groups: readonly SearchGroup[]): SearchGroup[] {
  return groups.flatMap((group) => {
    const results = group.results.filter((result) => routeOf(result) !== null)
    return results.length > 0 ? [{ ...group, results }] : []
  })
}

export const resultKey = (result: SearchResult): string => `${result.kind}:${result.id}`
