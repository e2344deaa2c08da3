import { useState } from 'react'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PassphraseField } from '../../components/passphrase-field'
import { StatusNote } from '../../components/status-note'
import { useFormSubmit } from '../../lib/use-form-submit'

const empty = { currentPassphrase: '', passphrase: '', passphraseRepeat: '' }

/** Re-wraps the data key under a new passphrase; the data itself is not rewritten. */
export function ChangePassphraseForm() {
  const vaultChangePassphrase = useVaultMutation('vault:change-passphrase')
  const [values, setValues] = useState(empty)
  const [done, setDone] = useState<string | null>(null)
  const form = useFormSubmit(
    async () => {
      setDone(null)
      await vaultChangePassphrase.run(values)
      setValues(empty)
      setDone(
        'Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord. Een oude kopie van het sleutelbestand opent de kluis nog met het oude wachtwoord, tot u een nieuwe gegevenssleutel maakt.',
      )
    },
    { staysOpen: true },
  )

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <PassphraseField
        label="Huidig wachtwoord"
        name="currentPassphrase"
        autoComplete="current-password"
        value={values.currentPassphrase}
        onChange={(event) => setValues({ ...values, currentPassphrase: event.target.value })}
        error={form.errors.fieldError('currentPassphrase')}
      />
      <NewPassphraseFields
        label="Nieuw wachtwoord"
        passphrase={values.passphrase}
        passphraseRepeat={values.passphraseRepeat}
        onChange={(next) => setValues({ ...values, ...next })}
        errors={{
          passphrase: form.errors.fieldError('passphrase'),
          passphraseRepeat: form.errors.fieldError('passphraseRepeat'),
        }}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met wijzigen…">
        Wachtwoord wijzigen
      </FormActions>
      <StatusNote message={done} />
    </form>
  )
}
