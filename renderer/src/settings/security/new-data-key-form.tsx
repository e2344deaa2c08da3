import { useState } from 'react'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { PassphraseField } from '../../components/passphrase-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { useSession } from '../../stores/session-store'

/**
 * Re-encrypts the vault under a new data key. The recovery key is renewed
 * with it (the old one wraps only the old key), and shown once as at first run.
 */
export function NewDataKeyForm() {
  const renewRecoveryKey = useSession((state) => state.renewRecoveryKey)
  const dataKeyShown = useSession((state) => state.status?.dataKeyShown ?? false)
  const [passphrase, setPassphrase] = useState('')
  const form = useFormSubmit(() => renewRecoveryKey(passphrase, true))

  return (
    <>
      {dataKeyShown ? (
        <div className="notice notice--warning" role="note">
          <p className="notice__title">De gegevenssleutel is getoond</p>
          <p>Wie hem heeft gezien of gekopieerd, kan de kluis openen tot u een nieuwe gegevenssleutel maakt.</p>
        </div>
      ) : null}
      <p>
        Tafelwerk versleutelt de kluis opnieuw met een nieuwe sleutel. Daarna openen een eerder getoonde
        gegevenssleutel, de oude herstelsleutel en oude kopieën van het sleutelbestand de kluis niet meer. U krijgt er
        een nieuwe herstelsleutel bij; uw wachtwoord blijft hetzelfde.
      </p>
      <form {...form.props} className="form">
        <FormAlert message={form.errors.message} />
        <PassphraseField
          label="Uw wachtwoord"
          name="passphrase"
          hint="Ter controle dat u het bent."
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={form.errors.fieldError('passphrase')}
        />
        <FormActions
          busy={form.busy}
          busyLabel="Bezig met versleutelen…"
          variant={dataKeyShown ? 'primary' : 'secondary'}
        >
          Nieuwe gegevenssleutel maken
        </FormActions>
      </form>
    </>
  )
}
