import { type DragEvent, useId, useRef, useState } from 'react'
import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { FormAlert } from '../../components/form-alert'
import { ModalDialog } from '../../components/modal-dialog'
import { StatusNote } from '../../components/status-note'
import { announce } from '../../stores/announcer-store'
import { tracked } from '../save-status'
import { AddAttachments } from './add-attachments'
import { AttachmentTable } from './attachment-table'
import { AttachmentViewer } from './attachment-viewer'
import { useAddAttachments } from './use-add-attachments'
import { SavePurposeField } from './save-purpose-field'
import { useSaveCopy } from './use-save-copy'
import './attachments.css'

interface AttachmentsPanelProps {
  agendaItemId: string
  itemNumber: string
  attachments: AttachmentMeta[]
  /** False: open and save only, e.g. once the minutes are adopted, or in meeting mode. */
  editable: boolean
  /** Reloads the meeting, which brings the item's new list of attachments. */
  onChanged: () => Promise<void>
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')

/** The files that belong to an agenda item, kept encrypted in the vault. */
export function AttachmentsPanel({
  agendaItemId,
  itemNumber,
  attachments,
  editable,
  onChanged,
}: AttachmentsPanelProps) {
  const attachmentDelete = useVaultMutation('attachment:delete')
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [viewing, setViewing] = useState<AttachmentMeta | null>(null)
  const [deleting, setDeleting] = useState<AttachmentMeta | null>(null)
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const adding = useAddAttachments(agendaItemId, onChanged)
  const copy = useSaveCopy()

  /** Only the outcome of the latest action is shown; an older one would read as if it were about this one. */
  const startAction = () => {
    adding.clear()
    copy.clear()
    setDeleteProblem(null)
  }

  const addFiles = (files: File[]) => {
    startAction()
    void adding.add(files)
  }

  const remove = async (attachment: AttachmentMeta) => {
    startAction()
    try {
      await tracked(attachmentDelete.run({ id: attachment.id }))
      await onChanged()
      // Its row (and the button that had focus) is gone: continue from the panel's heading.
      heading.current?.focus()
      announce(`Bijlage ‘${attachment.fileName}’ is verwijderd.`)
    } catch (failure) {
      setDeleteProblem(`‘${attachment.fileName}’ is niet verwijderd: ${messageOf(failure)}`)
    }
  }

  const dropHandlers = editable
    ? {
        onDragOver: (event: DragEvent) => {
          if (!hasFiles(event)) return
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
          setDragging(true)
        },
        onDragLeave: (event: DragEvent) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
        },
        onDrop: (event: DragEvent) => {
          if (!hasFiles(event)) return
          event.preventDefault()
          // The agenda item around this panel reorders items on drop; a file is not an item.
          event.stopPropagation()
          setDragging(false)
          addFiles([...event.dataTransfer.files])
        },
      }
    : {}

  return (
    <section className="attachments" aria-labelledby={headingId} {...dropHandlers}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="agenda-editor__heading">
        Bijlagen
      </h3>
      {attachments.length === 0 ? (
        <p className="muted">Dit agendapunt heeft geen bijlagen.</p>
      ) : (
        <AttachmentTable
          caption={`Bijlagen bij agendapunt ${itemNumber}`}
          rows={attachments}
          editable={editable}
          onOpen={setViewing}
          onSave={(attachment) => {
            startAction()
            void copy.save(attachment)
          }}
          onDelete={setDeleting}
        />
      )}
      {attachments.length > 0 ? (
        <SavePurposeField
          inputRef={copy.purpose.ref}
          value={copy.purpose.value}
          error={copy.purpose.error}
          onChange={copy.purpose.change}
        />
      ) : null}
      <FormAlert message={adding.problem ?? deleteProblem ?? copy.problem} />
      <StatusNote message={copy.note} />
      {editable ? <AddAttachments busy={adding.busy} dragging={dragging} onFiles={addFiles} /> : null}
      {viewing ? (
        <ModalDialog title={viewing.fileName} onClose={() => setViewing(null)}>
          {() => <AttachmentViewer attachment={viewing} />}
        </ModalDialog>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Bijlage verwijderen"
          confirmLabel="Verwijderen"
          onConfirm={() => void remove(deleting)}
          onClose={() => setDeleting(null)}
        >
          <p>‘{deleting.fileName}’ wordt uit de kluis verwijderd. Dit kan niet ongedaan worden gemaakt.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
