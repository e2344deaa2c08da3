import { create } from 'zustand'

/**
 * Counts the full verifications of the processing log run in this session, so
 * the banner asks for the chain's state again after one (a break it found
 * shows at once, not at the next unlock).
 */
export const useLogChainChecks = create<{ checks: number; checked: () => void }>()((set) => ({
  checks: 0,
  checked: () => set((state) => ({ checks: state.checks + 1 })),
}))
