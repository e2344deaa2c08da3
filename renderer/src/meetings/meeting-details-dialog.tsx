import { type FormEvent, useRef, useState } from 'react'
import { OmtError } from '../../../shared/contract/errors'
import type { MeetingDetail } from '../../../shared/contract/meeting.contract'
import { FormAlert } from '../components/form-alert'
import { ModalDialog } from '../components/modal-dialog'
import { SubmitButton } from '../components/submit-button'
import { TextField } from '../components/text-field'
import { useFormErrors } from '../lib/use-form-errors'
import type { MeetingSession } from './meeting-session'

/** "Gegevens wijzigen": the button, and the dialog it opens. Not offered once the minutes are adopted (the vault refuses it too). */
export function MeetingDetailsButton({ session }: { session: MeetingSession }) {
  const [open, setOpen] = useState(false)
  if (!session.editable) return null
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Gegevens wijzigen
      </button>
      {open ? (
        <ModalDialog title="Gegevens van de vergadering wijzigen" onClose={() => setOpen(false)}>
          {(close) => <MeetingDetailsForm session={session} onCancel={close} onSaved={close} />}
        </ModalDialog>
      ) : null}
    </>
  )
}

const formValuesOf = (meeting: MeetingDetail) => ({
  date: meeting.date,
  startTime: meeting.startTime,
  location: meeting.location,
  chair: meeting.chair ?? '',
  secretary: meeting.secretary ?? '',
  numberPrefix: meeting.numberPrefix,
})

function MeetingDetailsForm({ session, onCancel, onSaved }: { session: MeetingSession; onCancel: () => void; onSaved: () => void }) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [busy, setBusy] = useState(false)
  // A clash with another meeting concerns date and time together: it is said in full above the form, not only at the fields.
  const [conflict, setConflict] = useState<string | null>(null)
  const [values, setValues] = useState(() => formValuesOf(session.meeting))
  const clashes = (name: string) => conflict !== null && (name === 'date' || name === 'startTime')
  const field = (name: keyof typeof values) => ({
    name,
    value: values[name],
    error: clashes(name) ? 'Op deze datum en begintijd vergadert deze tafel al.' : errors.fieldError(name),
    onChange: (event: { target: { value: string } }) => {
      // A clash only comes once every field is valid, so a new date or time clears all that was said.
      if (clashes(name)) {
        setConflict(null)
        errors.clear()
      }
      setValues((previous) => ({ ...previous, [name]: event.target.value }))
    },
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    setConflict(null)
    try {
      await session.updateDetails(values)
      onSaved()
    } catch (failure) {
      errors.fail(failure)
      if (failure instanceof OmtError && failure.code === 'CONFLICT') setConflict(failure.message)
      setBusy(false)
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)} onChange={errors.onFormChange}>
      <FormAlert message={conflict ?? errors.message} />
      <div className="field-row">
        <TextField label="Datum" type="date" width="medium" data-autofocus {...field('date')} />
        <TextField label="Begintijd" type="time" width="short" {...field('startTime')} />
      </div>
      <TextField label="Locatie" {...field('location')} />
      <div className="field-row">
        <TextField label="Voorzitter" width="medium" autoComplete="off" {...field('chair')} />
        <TextField label="Secretaris" width="medium" autoComplete="off" {...field('secretary')} />
      </div>
      <TextField label="Voorvoegsel van de agendanummers" hint="Optioneel; bijvoorbeeld ‘A’ geeft A1, A2.1." width="short" {...field('numberPrefix')} />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met opslaan…">
          Gegevens opslaan
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  )
}
