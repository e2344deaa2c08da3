import { useEffect, useRef, useState } from 'react'

/**
 * A text saved while typing (after a pause), on leaving the field, when the
 * field goes away and when the window closes: no save button, and a typed
 * word is never lost. `save` reports its own outcome; when it rejects, the
 * text counts as unsaved and the next keystroke or blur tries again.
 */
export function useAutosavedText(initial: string, save: (text: string) => Promise<unknown>, pauseMs: number) {
  const [text, setText] = useState(initial)
  const saved = useRef<string | null>(initial)
  const latest = useRef(initial)
  const timer = useRef<number | undefined>(undefined)
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  })

  const flush = useRef(() => {
    window.clearTimeout(timer.current)
    const value = latest.current
    if (value === saved.current) return
    saved.current = value
    saveRef.current(value).catch(() => {
      saved.current = null
    })
  })

  useEffect(() => {
    const save = flush.current
    // Closing the window unloads the page without unmounting React: send what was typed during the pause too.
    window.addEventListener('pagehide', save)
    return () => {
      window.removeEventListener('pagehide', save)
      save()
    }
  }, [])

  return {
    text,
    change: (value: string) => {
      setText(value)
      latest.current = value
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => flush.current(), pauseMs)
    },
    flush: () => flush.current(),
  }
}
