import { useState } from 'react'
import { CheckboxField } from '../../components/checkbox-field'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { PassphraseField } from '../../components/passphrase-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { useSession } from '../../stores/session-store'

/**
 * Asks for the passphrase, then makes a new recovery key; the app then shows
 * it once and asks for it back, exactly as at first run. With the box ticked
 * (the default) the data key is replaced too: only then does an old copy of
 * the header stop opening the vault with the old recovery key.
 */
export function RenewRecoveryKeyForm({ onCancel }: { onCancel?: () => void }) {
  const renewRecoveryKey = useSession((state) => state.renewRecoveryKey)
  const [passphrase, setPassphrase] = useState('')
  const [newDataKey, setNewDataKey] = useState(true)
  const form = useFormSubmit(() => renewRecoveryKey(passphrase, newDataKey))

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
      <CheckboxField
        label="Ook een nieuwe gegevenssleutel maken (aanbevolen)"
        hint="Dan opent de oude herstelsleutel deze kluis niet meer, ook niet met een oude kopie van het sleutelbestand. (Een oude reservekopie van de kluis zelf blijft met de sleutels van toen te openen.) Tafelwerk versleutelt de kluis daarvoor opnieuw; bij een grote kluis duurt dat even."
        name="newDataKey"
        checked={newDataKey}
        onChange={(event) => setNewDataKey(event.target.checked)}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met maken…" onCancel={onCancel}>
        Nieuwe herstelsleutel maken
      </FormActions>
    </form>
  )
}
