import { useState } from 'react'
import { ModalDialog } from '../components/modal-dialog'
import { RenewRecoveryKeyForm } from '../settings/security/renew-recovery-key-form'

/**
 * Stays until a recovery key has been typed back. The old key cannot be shown
 * again (only its wrapped form is stored), so the way out is a new one.
 */
export function RecoveryKeyBanner() {
  const [open, setOpen] = useState(false)
  return (
    <section className="banner banner--warning" aria-labelledby="recovery-banner-title">
      <div className="banner__text">
        <h2 id="recovery-banner-title" className="banner__title">
          Uw herstelsleutel is nog niet bevestigd
        </h2>
        <p>
          Zonder herstelsleutel kunt u niet meer bij uw gegevens als u uw wachtwoord vergeet. Maak een nieuwe
          herstelsleutel en bewaar die goed.
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        Nieuwe herstelsleutel maken
      </button>
      {open ? (
        <ModalDialog title="Nieuwe herstelsleutel maken" onClose={() => setOpen(false)}>
          {(close) => <RenewRecoveryKeyForm onCancel={close} />}
        </ModalDialog>
      ) : null}
    </section>
  )
}
