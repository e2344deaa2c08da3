import { create } from 'zustand'

/**
 * One polite live region for the whole app ("Opgeslagen", "Gekopieerd"). It
 * lives at the root so it exists before anything is announced, which screen
 * readers need to pick the change up.
 */
interface AnnouncerState {
  message: string
  /** Bumped so the same message twice is announced twice. */
  serial: number
  announce: (message: string) => void
}

export const useAnnouncer = create<AnnouncerState>()((set) => ({
  message: '',
  serial: 0,
  announce(message) {
    set((state) => ({ message, serial: state.serial + 1 }))
  },
}))

export const announce = (message: string): void => useAnnouncer.getState().announce(message)
