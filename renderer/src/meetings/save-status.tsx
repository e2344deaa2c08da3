import { create } from 'zustand'
import { messageOf } from '../api/request'

interface SaveState {
  pending: number
  /** "Opgeslagen om 14:03", or the last failure. */
  text: string
  failed: boolean
}

const useSaveState = create<SaveState>()(() => ({ pending: 0, text: '', failed: false }))

const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })

/**
 * Wraps every write of the meeting screens: the quiet indicator says
 * "Bezig met opslaan…" and then "Opgeslagen", or what went wrong. The write's
 * own error is rethrown so the form that made it can show it at its field.
 */
export async function tracked<T>(write: Promise<T>): Promise<T> {
  useSaveState.setState((state) => ({ pending: state.pending + 1 }))
  try {
    const value = await write
    useSaveState.setState((state) => ({
      pending: state.pending - 1,
      text: `Opgeslagen om ${clock.format(new Date())}`,
      failed: false,
    }))
    return value
  } catch (error) {
    useSaveState.setState((state) => ({
      pending: state.pending - 1,
      text: `Niet opgeslagen: ${messageOf(error)}`,
      failed: true,
    }))
    throw error
  }
}

/** A polite live region: screen readers hear it when they are idle, nothing takes focus. */
export function SaveIndicator() {
  const { pending, text, failed } = useSaveState()
  return (
    <p role="status" className={failed ? 'save-status save-status--failed' : 'save-status'}>
      {pending > 0 ? 'Bezig met opslaan…' : text}
    </p>
  )
}
