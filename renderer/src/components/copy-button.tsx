import { useState } from 'react'
import { useVaultMutation } from '../api/use-vault-mutation'
import { announce } from '../stores/announcer-store'

const copied = (seconds: number) => `Gekopieerd. Het klembord wordt na ${String(seconds)} seconden leeggemaakt.`

/**
 * Copies a recovery key or the data key, and says so next to the button and
 * through the announcer. Main does the copying: the renderer may not read the
 * clipboard, so only main can empty it again, after the time it answers, and
 * only while it still holds the key. Main also marks the copy for clipboard
 * history to leave out where the OS allows.
 */
export function CopyButton({ text, label = 'Kopiëren' }: { text: string; label?: string }) {
  const clipboardCopySecret = useVaultMutation('clipboard:copy-secret')
  const [result, setResult] = useState<{ clearAfterSeconds: number } | 'failed' | null>(null)
  const copy = async () => {
    try {
      const answer = await clipboardCopySecret.run({ text })
      setResult(answer)
      announce(copied(answer.clearAfterSeconds))
    } catch {
      setResult('failed')
      announce('Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.')
    }
  }
  return (
    <span className="copy">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      {result === 'failed' ? <span className="copy__result copy__result--failed">Kopiëren lukte niet</span> : null}
      {result && result !== 'failed' ? <span className="copy__result">{copied(result.clearAfterSeconds)}</span> : null}
    </span>
  )
}
