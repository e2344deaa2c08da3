import { create } from 'zustand'

/**
 * Counts the back-ups made and the reminder settings saved in this session,
 * so the reminder banner asks again after one and goes away at once.
 */
export const useBackupChanges = create<{ changes: number; changed: () => void }>()((set) => ({
  changes: 0,
  changed: () => set((state) => ({ changes: state.changes + 1 })),
}))
