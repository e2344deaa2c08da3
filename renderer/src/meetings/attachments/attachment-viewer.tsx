import { lazy, Suspense, useEffect, useState } from 'react'
import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { messageOf, request } from '../../api/request'
import { ErrorBoundary } from '../../components/error-boundary'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { PDF_FAILED } from './pdf-messages'
import { bytesOf } from './read-file'
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

/**
 * Loads the bytes from the vault and shows them from memory: an image from a
 * blob: URL (revoked when the viewer closes), a PDF drawn by pdf.js, text as
 * text. Nothing is written to disk and no other program is started.
 */
function useShown(attachment: AttachmentMeta): Shown {
  const view = viewKindOf(attachment.mediaType, attachment.fileName)
  const [loaded, setLoaded] = useState<Shown>({ kind: 'loading' })
  const viewKind = view.kind
  const blobType = view.kind === 'none' ? '' : view.blobType
  useEffect(() => {
    if (viewKind === 'none') return
    let current = true
    let url: string | null = null
    request('attachment:get', { id: attachment.id })
      .then((answer) => {
        if (!current) return
        const bytes = bytesOf(answer.contentBase64)
        if (viewKind === 'text') {
          setLoaded({ kind: 'text', text: new TextDecoder('utf-8').decode(bytes) })
        } else if (viewKind === 'pdf') {
          setLoaded({ kind: 'pdf', bytes })
        } else {
          url = URL.createObjectURL(new Blob([bytes], { type: blobType }))
          setLoaded({ kind: 'image', url })
        }
      })
      .catch((failure: unknown) => current && setLoaded({ kind: 'failed', message: messageOf(failure) }))
    return () => {
      current = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [attachment.id, viewKind, blobType])
  return viewKind === 'none' ? { kind: 'none' } : loaded
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
      {shown.kind === 'image' ? <img className="attachment-viewer__image" src={shown.url} alt={`Afbeelding ${attachment.fileName}`} /> : null}
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
          Tafelwerk kan dit soort bestand niet zelf tonen. Openen in een ander programma zou een onversleutelde kopie achterlaten; sla het bestand
          daarom op een plek naar keuze op en open het daar.
        </p>
      ) : null}
      <FormAlert message={copy.problem} />
      <StatusNote message={copy.note} />
      <div className="button-row">
        <button type="button" className={shown.kind === 'none' ? 'button button--primary' : 'button button--secondary'} onClick={() => void copy.save(attachment)}>
          Opslaan als…
        </button>
      </div>
    </div>
  )
}
