import { type FormEvent, useRef, useState } from 'react'
import { request } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PassphraseField } from '../../components/passphrase-field'
import { StatusNote } from '../../components/status-note'
import { SubmitButton } from '../../components/submit-button'
import { useFormErrors } from '../../lib/use-form-errors'

const empty = { currentPassphrase: '', passphrase: '', passphraseRepeat: '' }

/** Re-wraps the data key under a new passphrase; the data itself is not rewritten. */
export function ChangePassphraseForm() {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [values, setValues] = useState(empty)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setDone(null)
    errors.clear()
    try {
      await request('vault:change-passphrase', values)
      setValues(empty)
      setDone('Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord.')
    } catch (error) {
      errors.fail(error)
    }
    setBusy(false)
  }

  return (
    <form ref={formRef} className="form" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
      <FormAlert message={errors.message} />
      <PassphraseField
        label="Huidig wachtwoord"
        name="currentPassphrase"
        autoComplete="current-password"
        value={values.currentPassphrase}
        onChange={(event) => setValues({ ...values, currentPassphrase: event.target.value })}
        error={errors.fieldError('currentPassphrase')}
      />
      <NewPassphraseFields
        label="Nieuw wachtwoord"
        passphrase={values.passphrase}
        passphraseRepeat={values.passphraseRepeat}
        onChange={(next) => setValues({ ...values, ...next })}
        errors={{ passphrase: errors.fieldError('passphrase'), passphraseRepeat: errors.fieldError('passphraseRepeat') }}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met wijzigen…">
          Wachtwoord wijzigen
        </SubmitButton>
      </div>
      <StatusNote message={done} />
    </form>
  )
}
