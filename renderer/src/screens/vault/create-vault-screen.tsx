import { type FormEvent, useRef, useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PageHeading } from '../../components/page-heading'
import { SubmitButton } from '../../components/submit-button'
import { useFormErrors } from '../../lib/use-form-errors'
import { useSession } from '../../stores/session-store'
import { DemoOffer } from './demo-offer'
import { VaultScreenFrame } from './vault-screen-frame'

/** First run: the user chooses the passphrase that will open the vault. */
export function CreateVaultScreen() {
  const createVault = useSession((state) => state.createVault)
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [values, setValues] = useState({ passphrase: '', passphraseRepeat: '' })
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    try {
      await createVault(values.passphrase, values.passphraseRepeat)
    } catch (error) {
      errors.fail(error)
      setBusy(false)
    }
  }

  return (
    <VaultScreenFrame>
      <PageHeading>Nieuwe kluis maken</PageHeading>
      <p>
        Tafelwerk bewaart al uw gegevens versleuteld in een kluis op deze computer. Kies een wachtwoord waarmee u de kluis
        opent.
      </p>
      <div className="notice notice--info">
        <p className="notice__title">Onthoud uw wachtwoord goed</p>
        <p>
          Niemand kan uw wachtwoord terughalen, ook Tafelwerk en uw ICT-afdeling niet. Na het maken van de kluis krijgt u
          eenmalig een herstelsleutel. Alleen met die herstelsleutel komt u weer bij uw gegevens als u het wachtwoord
          vergeet.
        </p>
      </div>
      <form ref={formRef} className="form" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
        <FormAlert message={errors.message} />
        <NewPassphraseFields
          passphrase={values.passphrase}
          passphraseRepeat={values.passphraseRepeat}
          onChange={setValues}
          errors={{ passphrase: errors.fieldError('passphrase'), passphraseRepeat: errors.fieldError('passphraseRepeat') }}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Kluis wordt gemaakt…">
            Kluis maken
          </SubmitButton>
        </div>
      </form>
      <DemoOffer context="first-run" />
    </VaultScreenFrame>
  )
}
