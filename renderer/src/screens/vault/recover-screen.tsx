import { useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PageHeading } from '../../components/page-heading'
import { SubmitButton } from '../../components/submit-button'
import { useFormSubmit } from '../../lib/use-form-submit'
import { announce } from '../../stores/announcer-store'
import { useSession } from '../../stores/session-store'
import { RecoveryKeyField } from './recovery-key-field'
import { VaultScreenFrame } from './vault-screen-frame'

/** A forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old one. */
export function RecoverScreen() {
  const recover = useSession((state) => state.recover)
  const showLockedView = useSession((state) => state.showLockedView)
  const [recoveryKey, setRecoveryKey] = useState('')
  const [values, setValues] = useState({ passphrase: '', passphraseRepeat: '' })
  const form = useFormSubmit(async () => {
    await recover(recoveryKey, values.passphrase, values.passphraseRepeat)
    announce('Uw nieuwe wachtwoord is ingesteld en de kluis is geopend.')
  })

  return (
    <VaultScreenFrame>
      <PageHeading>Wachtwoord vergeten</PageHeading>
      <p>
        Met de herstelsleutel die u kreeg toen de kluis werd gemaakt, stelt u een nieuw wachtwoord in. Uw gegevens
        blijven bewaard.
      </p>
      <form {...form.props} className="form">
        <FormAlert message={form.errors.message} />
        <RecoveryKeyField value={recoveryKey} error={form.errors.fieldError('recoveryKey')} onChange={setRecoveryKey} />
        <NewPassphraseFields
          label="Nieuw wachtwoord"
          passphrase={values.passphrase}
          passphraseRepeat={values.passphraseRepeat}
          onChange={setValues}
          errors={{
            passphrase: form.errors.fieldError('passphrase'),
            passphraseRepeat: form.errors.fieldError('passphraseRepeat'),
          }}
        />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Bezig met instellen…">
            Nieuw wachtwoord instellen
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={() => showLockedView('unlock')}>
            Terug naar ontgrendelen
          </button>
        </div>
      </form>
      <p className="muted">
        Zonder wachtwoord en zonder herstelsleutel kan niemand de kluis openen, ook Tafelwerk niet.
      </p>
    </VaultScreenFrame>
  )
}
