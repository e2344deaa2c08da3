import { type ReactNode, useEffect, useId, useState } from 'react'

interface ModalDialogProps {
  title: string
  /** Called after the dialog closed (Escape, "Sluiten", or close() from the content). */
  onClose: () => void
  children: (close: () => void) => ReactNode
}

/**
 * A native <dialog> opened with showModal: the browser makes the rest of the
 * page inert, keeps focus inside and closes on Escape. Mount it to open it; it
 * asks its parent to unmount it once closed, and hands focus back to the opener.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  // The element is kept in state (not a ref) so the close function can be handed to the content while rendering.
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null)
  const titleId = useId()
  const [opener] = useState(() => document.activeElement)

  useEffect(() => {
    // Guarded: React's strict mode runs effects twice in development.
    if (!dialog || dialog.open) return
    dialog.showModal()
    // showModal focuses the first focusable element ("Sluiten"); a form should start at its first field.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
  }, [dialog])

  const close = () => dialog?.close()
  const handleClose = () => {
    onClose()
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
  }

  return (
    // Keys typed in a modal dialog are not the page's shortcuts behind it (J/K, Ctrl+Z); Ctrl+L still
    // locks, because that listener runs first, in the capture phase on the window.
    <dialog
      ref={setDialog}
      className="dialog"
      aria-labelledby={titleId}
      onClose={handleClose}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={close}>
          Sluiten
        </button>
      </div>
      <div className="dialog__body">{children(close)}</div>
    </dialog>
  )
}
