import { useId } from 'react'
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/domain/attachment'
import { fileSizeText } from './attachment-format'

interface AddAttachmentsProps {
  busy: boolean
  dragging: boolean
  onFiles: (files: File[]) => void
}

/**
 * A real file input (keyboard: Tab to it, Enter or Space opens the file
 * chooser) dressed as a button through its label; files may also be dropped
 * anywhere on the attachments panel.
 */
export function AddAttachments({ busy, dragging, onFiles }: AddAttachmentsProps) {
  const inputId = useId()
  const hintId = useId()
  return (
    <div className={dragging ? 'attachments__drop is-over' : 'attachments__drop'}>
      <input
        id={inputId}
        className="visually-hidden attachments__input"
        type="file"
        multiple
        aria-describedby={hintId}
        aria-busy={busy || undefined}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          // Cleared, so choosing the same file again is a change again.
          event.target.value = ''
          onFiles(files)
        }}
      />
      <label htmlFor={inputId} className="button button--secondary button--small attachments__add">
        {busy ? (
          <>
            <span className="spinner" aria-hidden="true" />
            Bezig met toevoegen…
          </>
        ) : (
          'Bijlage toevoegen'
        )}
      </label>
      <p id={hintId} className="muted attachments__hint">
        Of sleep bestanden hierheen. Hoogstens {fileSizeText(ATTACHMENT_MAX_BYTES)} per bestand; de bijlage wordt
        versleuteld in de kluis bewaard.
      </p>
    </div>
  )
}
