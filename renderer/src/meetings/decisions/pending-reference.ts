import { create } from 'zustand'

/** An adopted decision the user wants to revise, waiting for a decision form of a later meeting of its table. */
export interface PendingReference {
  decisionId: string
  code: string
  tableId: string
  caseId: string | null
}

interface PendingReferenceState {
  reference: PendingReference | null
}

/**
 * "Nieuw besluit hierover" leads from an adopted meeting to a later one; the
 * reference travels with the user so the next decision form of that table
 * starts with it chosen. It lives in memory only: a restart forgets it.
 */
export const usePendingReference = create<PendingReferenceState>()(() => ({ reference: null }))

export const setPendingReference = (reference: PendingReference | null): void =>
  usePendingReference.setState({ reference })
