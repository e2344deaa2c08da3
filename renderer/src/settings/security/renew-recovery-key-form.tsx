import { type FormEvent, useRef, useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { PassphraseField } from '../../components/passphrase-field'
import { SubmitButton } from '../../components/submit-button'
import { useFormErrors } from '../../lib/use-form-errors'
import { useSession } from '../../stores/session-store'

/**
 * Asks for the passphrase, then makes a new recovery key; the app then shows
 * it once and asks for it back, exactly as at first run.
 */
export function RenewRecoveryKeyForm({ onCancel }: { onCancel?: () => void }) {
  const renewRecoveryKey = useSession((state) => state.renewRecoveryKey)
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    try {
      await renewRecoveryKey(passphrase)
    } catch (error) {
      errors.fail(error)
      setBusy(false)
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
      <FormAlert message={errors.message} />
      <PassphraseField
        data-autofocus
        label="Uw wachtwoord"
        name="passphrase"
        hint="Ter controle dat u het bent."
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={errors.fieldError('passphrase')}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met maken…">
          Nieuwe herstelsleutel maken
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Annuleren
          </button>
        ) : null}
      </div>
    </form>
  )
}
