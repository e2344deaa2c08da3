import { useEffect, useRef } from 'react'
import { announce } from '../stores/announcer-store'

export interface UndoEntry {
  /** What is undone, e.g. "verplaatsen van agendapunt 3". */
  label: string
  run: () => Promise<void>
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)))

/**
 * Ctrl+Z (⌘Z on a Mac) undoes the screen's last change, newest first. In a
 * text field the field's own undo goes first, as everywhere else.
 */
export function useUndoStack(): { push: (entry: UndoEntry) => void } {
  const stack = useRef<UndoEntry[]>([])
  const running = useRef(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      if (typing(event.target)) return
      event.preventDefault()
      if (running.current) return
      const entry = stack.current.pop()
      if (!entry) {
        announce('Er is niets om ongedaan te maken.')
        return
      }
      running.current = true
      entry
        .run()
        .then(() => announce(`Ongedaan gemaakt: ${entry.label}.`))
        .catch(() => announce(`Ongedaan maken van ${entry.label} is niet gelukt.`))
        .finally(() => {
          running.current = false
        })
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
  return {
    push: (entry) => {
      stack.current.push(entry)
      if (stack.current.length > 50) stack.current.shift()
    },
  }
}
