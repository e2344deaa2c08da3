import { useState } from 'react'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { PassphraseField } from '../../components/passphrase-field'
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
      <FormActions busy={form.busy} busyLabel="Bezig met maken…" onCancel={onCancel}>
        Nieuwe herstelsleutel maken
      </FormActions>
    </form>
  )
}
