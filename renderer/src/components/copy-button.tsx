import { useState } from 'react'
import { copyText } from '../lib/copy-text'
import { announce } from '../stores/announcer-store'

/** Copies a secret and says so, in text next to the button and through the announcer. */
export function CopyButton({ text, label = 'Kopiëren' }: { text: string; label?: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null)
  const copy = async () => {
    const copied = await copyText(text)
    setResult(copied ? 'copied' : 'failed')
    announce(copied ? 'Gekopieerd naar het klembord.' : 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.')
  }
  return (
    <span className="copy">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      {result === 'copied' ? <span className="copy__result">Gekopieerd</span> : null}
      {result === 'failed' ? <span className="copy__result copy__result--failed">Kopiëren lukte niet</span> : null}
    </span>
  )
}
