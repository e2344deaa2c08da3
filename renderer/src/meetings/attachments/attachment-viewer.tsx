import { useEffect, useState } from 'react'
import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { messageOf, request } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { bytesOf } from './read-file'
import { useSaveCopy } from './use-save-copy'
import { viewKindOf } from './view-kind'

type Shown = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'image' | 'pdf'; url: string } | { kind: 'text'; text: string } | { kind: 'none' }

/**
 * Loads the bytes from the vault and shows them from memory: an image or a
 * PDF from a blob: URL (revoked when the viewer closes), text as text.
 * Nothing is written to disk and no other program is started.
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
        } else {
          url = URL.createObjectURL(new Blob([bytes], { type: blobType }))
          setLoaded({ kind: viewKind, url })
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
      {shown.kind === 'pdf' ? <iframe className="attachment-viewer__frame" src={shown.url} title={`PDF ${attachment.fileName}`} /> : null}
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
