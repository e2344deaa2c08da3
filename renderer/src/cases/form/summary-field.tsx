import { useId, useState } from 'react'
import { MarkdownText } from '../../components/markdown-text'
import { TextareaField } from '../../components/textarea-field'

interface SummaryFieldProps {
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

const hint = (
  <>
    Kopjes, alinea’s en opsommingen mogen. Begin een regel met <code>##</code> voor een kopje, met <code>-</code> voor
    een opsomming of met <code>1.</code> voor een genummerde lijst. Een lege regel begint een nieuwe alinea.
  </>
)

/** A plain textarea with a short Markdown hint and a preview rendered the way the case page shows it. */
export function SummaryField({ value, error, onChange }: SummaryFieldProps) {
  const previewId = useId()
  const [preview, setPreview] = useState(false)
  return (
    <TextareaField
      name="summary"
      label="Samenvatting"
      hint={hint}
      rows={12}
      className="summary-field"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
      after={
        <div className="summary-field__preview-toggle">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={preview}
            aria-controls={previewId}
            onClick={() => setPreview((shown) => !shown)}
          >
            {preview ? 'Voorbeeld verbergen' : 'Voorbeeld tonen'}
          </button>
          <div id={previewId} className="summary-preview" hidden={!preview}>
            <p className="summary-preview__label">Voorbeeld</p>
            <MarkdownText source={value} topHeadingLevel={2} empty={<p className="muted">Nog geen tekst.</p>} />
          </div>
        </div>
      }
    />
  )
}
