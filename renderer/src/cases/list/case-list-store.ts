import { create } from 'zustand'
import type { CaseListQuery, CaseSortKey } from '../../../../shared/contract/case.contract'
import { useSession } from '../../stores/session-store'

export type CaseListFilter = CaseListQuery['filter']
export type CaseListSort = CaseListQuery['sort']

export const emptyFilter: CaseListFilter = {
  phaseIds: [],
  themeIds: [],
  tableIds: [],
  kinds: [],
  gemeenteIds: [],
  text: '',
}
const defaultSort: CaseListSort = { by: 'updated', direction: 'desc' }

/**
 * What the case list looked like when the user opened a case: filters, sort,
 * scroll position and the row they were on, so Back returns to the same spot.
 * Forgotten when the vault locks (ids differ between the own and the demo vault).
 */
interface CaseListState {
  filter: CaseListFilter
  sort: CaseListSort
  scrollOffset: number
  activeIndex: number
  /** Set when a case was opened from the list: coming back focuses that row instead of the heading. */
  returnToRow: boolean
  setFilter: (filter: CaseListFilter) => void
  setSort: (by: CaseSortKey, direction: 'asc' | 'desc') => void
  leave: (scrollOffset: number, activeIndex: number) => void
  arrived: () => void
  reset: () => void
}

const initial = { filter: emptyFilter, sort: defaultSort, scrollOffset: 0, activeIndex: 0, returnToRow: false }

export const useCaseList = create<CaseListState>()((set) => ({
  ...initial,
  setFilter: (filter) => set({ filter, scrollOffset: 0, activeIndex: 0 }),
  setSort: (by, direction) => set({ sort: { by, direction }, scrollOffset: 0, activeIndex: 0 }),
  leave: (scrollOffset, activeIndex) => set({ scrollOffset, activeIndex, returnToRow: true }),
  arrived: () => set({ returnToRow: false }),
  reset: () => set(initial),
}))

useSession.subscribe((state, previous) => {
  if (previous.status?.state === 'unlocked' && state.status?.state !== 'unlocked') useCaseList.getState().reset()
})

export function hasFilter(filter: CaseListFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.phaseIds.length +
      filter.themeIds.length +
      filter.tableIds.length +
      filter.kinds.length +
      filter.gemeenteIds.length >
      0
  )
}
