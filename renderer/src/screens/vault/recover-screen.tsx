import { type FormEvent, useRef, useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PageHeading } from '../../components/page-heading'
import { SubmitButton } from '../../components/submit-button'
import { TextField } from '../../components/text-field'
import { useFormErrors } from '../../lib/use-form-errors'
import { announce } from '../../stores/announcer-store'
import { useSession } from '../../stores/session-store'
import { VaultScreenFrame } from './vault-screen-frame'

/** A forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old one. */
export function RecoverScreen() {
  const recover = useSession((state) => state.recover)
  const showLockedView = useSession((state) => state.showLockedView)
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [recoveryKey, setRecoveryKey] = useState('')
  const [values, setValues] = useState({ passphrase: '', passphraseRepeat: '' })
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    try {
      await recover(recoveryKey, values.passphrase, values.passphraseRepeat)
      announce('Uw nieuwe wachtwoord is ingesteld en de kluis is geopend.')
    } catch (error) {
      errors.fail(error)
      setBusy(false)
    }
  }

  return (
    <VaultScreenFrame>
      <PageHeading>Wachtwoord vergeten</PageHeading>
      <p>
        Met de herstelsleutel die u kreeg toen de kluis werd gemaakt, stelt u een nieuw wachtwoord in. Uw gegevens blijven
        bewaard.
      </p>
      <form ref={formRef} className="form" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
        <FormAlert message={errors.message} />
        <TextField
          label="Herstelsleutel"
          name="recoveryKey"
          hint="Hoofdletters, spaties en streepjes maken niet uit."
          className="field--mono"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          value={recoveryKey}
          onChange={(event) => setRecoveryKey(event.target.value)}
          error={errors.fieldError('recoveryKey')}
        />
        <NewPassphraseFields
          label="Nieuw wachtwoord"
          passphrase={values.passphrase}
          passphraseRepeat={values.passphraseRepeat}
          onChange={setValues}
          errors={{ passphrase: errors.fieldError('passphrase'), passphraseRepeat: errors.fieldError('passphraseRepeat') }}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Bezig met instellen…">
            Nieuw wachtwoord instellen
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={() => showLockedView('unlock')}>
            Terug naar ontgrendelen
          </button>
        </div>
      </form>
      <p className="muted">Zonder wachtwoord en zonder herstelsleutel kan niemand de kluis openen, ook Tafelwerk niet.</p>
    </VaultScreenFrame>
  )
}
