import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { useVaultQuery } from '../../api/use-vault-query'
import { ErrorBoundary } from '../../components/error-boundary'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { PDF_FAILED } from './pdf-messages'
import { bytesOf } from './read-file'
import { SavePurposeField } from './save-purpose-field'
import { useSaveCopy } from './use-save-copy'
import { viewKindOf } from './view-kind'

/** pdf.js is large; it is loaded (from our own bundle) only when a PDF is opened. */
const PdfView = lazy(async () => ({ default: (await import('./pdf-view')).PdfView }))

type Shown =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'image'; url: string }
  | { kind: 'pdf'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'none' }

/** A blob: URL for the bytes while the viewer shows them; revoked when they change or the viewer closes. */
function useBlobUrl(bytes: Uint8Array<ArrayBuffer> | null, type: string): string | null {
  const [shown, setShown] = useState<{ bytes: Uint8Array<ArrayBuffer>; url: string } | null>(null)
  useEffect(() => {
    if (!bytes) return
    const url = URL.createObjectURL(new Blob([bytes], { type }))
    // The URL is a resource this effect owns (revoked in its cleanup), so it is made here and handed to the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown({ bytes, url })
    return () => URL.revokeObjectURL(url)
  }, [bytes, type])
  return shown && shown.bytes === bytes ? shown.url : null
}

/**
 * Loads the bytes from the vault and shows them from memory: an image from a
 * blob: URL (revoked when the viewer closes), a PDF drawn by pdf.js, text as
 * text. Nothing is written to disk and no other program is started.
 */
function useShown(attachment: AttachmentMeta): Shown {
  const view = viewKindOf(attachment.mediaType, attachment.fileName)
  const viewKind = view.kind
  const blobType = view.kind === 'none' ? '' : view.blobType
  const { data, error } = useVaultQuery('attachment:get', viewKind === 'none' ? null : { id: attachment.id })
  const bytes = useMemo(() => (data ? bytesOf(data.contentBase64) : null), [data])
  const url = useBlobUrl(viewKind === 'image' ? bytes : null, blobType)
  const text = useMemo(
    () => (viewKind === 'text' && bytes ? new TextDecoder('utf-8').decode(bytes) : null),
    [viewKind, bytes],
  )
  if (viewKind === 'none') return { kind: 'none' }
  if (error) return { kind: 'failed', message: error }
  if (viewKind === 'text' && text !== null) return { kind: 'text', text }
  if (viewKind === 'pdf' && bytes) return { kind: 'pdf', bytes }
  if (viewKind === 'image' && url) return { kind: 'image', url }
  return { kind: 'loading' }
}

export function AttachmentViewer({ attachment }: { attachment: AttachmentMeta }) {
  const shown = useShown(attachment)
  const copy = useSaveCopy()
  return (
    <div className="attachment-viewer">
      {/* Both regions are always there: screen readers only announce changes to live regions that already exist. */}
      <p role="status" className="muted">
        {shown.kind === 'loading' ? 'Bijlage wordt geladen…' : ''}
      </p>
      <FormAlert message={shown.kind === 'failed' ? shown.message : null} />
      {shown.kind === 'image' ? (
        <img className="attachment-viewer__image" src={shown.url} alt={`Afbeelding ${attachment.fileName}`} />
      ) : null}
      {shown.kind === 'pdf' ? (
        // If pdf.js cannot be loaded (or breaks while drawing), only the PDF is lost: the viewer and "Opslaan als…" stay.
        <ErrorBoundary fallback={() => <FormAlert message={PDF_FAILED} />}>
          <Suspense fallback={<p className="muted">PDF wordt geopend…</p>}>
            <PdfView bytes={shown.bytes} fileName={attachment.fileName} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {shown.kind === 'text' ? (
        // Focusable, so a long text can be scrolled with the keyboard.
        <pre className="attachment-viewer__text" tabIndex={0} aria-label={`Tekst van ${attachment.fileName}`}>
          {shown.text}
        </pre>
      ) : null}
      {shown.kind === 'none' ? (
        <p>
          Tafelwerk kan dit soort bestand niet zelf tonen. Openen in een ander programma zou een onversleutelde kopie
          achterlaten; sla het bestand daarom op een plek naar keuze op en open het daar.
        </p>
      ) : null}
      <SavePurposeField
        inputRef={copy.purpose.ref}
        value={copy.purpose.value}
        error={copy.purpose.error}
        onChange={copy.purpose.change}
      />
      <FormAlert message={copy.problem} />
      <StatusNote message={copy.note} />
      <div className="button-row">
        <button
          type="button"
          className={shown.kind === 'none' ? 'button button--primary' : 'button button--secondary'}
          onClick={() => void copy.save(attachment)}
        >
          Opslaan als…
        </button>
      </div>
    </div>
  )
}
