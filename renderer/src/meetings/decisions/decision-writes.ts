import { create } from 'zustand'

/**
 * Counts the decisions recorded, corrected or withdrawn on this screen. A
 * decision changes its case (phase, subjects), so every open decision form
 * asks for the case again when the count moves, instead of offering stale
 * choices.
 */
export const useDecisionWrites = create<{ count: number }>()(() => ({ count: 0 }))

export const noteDecisionWrite = (): void => useDecisionWrites.setState((state) => ({ count: state.count + 1 }))
