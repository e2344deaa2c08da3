import type { ReactNode } from 'react'
import { ModalDialog } from './modal-dialog'

interface ConfirmDialogProps {
  title: string
  /** What will happen, in the user's words. */
  children: ReactNode
  /** The button that does it, e.g. "Verwijderen". */
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/** Asks before something that cannot be taken back. Focus starts on Annuleren: Enter by habit changes nothing. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} onClose={onClose}>
      {(close) => (
        <>
          {children}
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                close()
                onConfirm()
              }}
            >
              {confirmLabel}
            </button>
            <button type="button" className="button button--secondary" data-autofocus onClick={close}>
              Annuleren
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  )
}
