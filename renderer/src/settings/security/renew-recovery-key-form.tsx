import { useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { PassphraseField } from '../../components/passphrase-field'
import { SubmitButton } from '../../components/submit-button'
import { useFormSubmit } from '../../lib/use-form-submit'
import { useSession } from '../../stores/session-store'

/**
 * Asks for the passphrase, then makes a new recovery key; the app then shows
 * it once and asks for it back, exactly as at first run.
 */
export function RenewRecoveryKeyForm({ onCancel }: { onCancel?: () => void }) {
  const renewRecoveryKey = useSession((state) => state.renewRecoveryKey)
  const [passphrase, setPassphrase] = useState('')
  const form = useFormSubmit(() => renewRecoveryKey(passphrase))

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <PassphraseField
        data-autofocus
        label="Uw wachtwoord"
        name="passphrase"
        hint="Ter controle dat u het bent."
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={form.errors.fieldError('passphrase')}
      />
      <div className="form__actions">
        <SubmitButton busy={form.busy} busyLabel="Bezig met maken…">
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
