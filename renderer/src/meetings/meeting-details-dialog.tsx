import { useState } from 'react'
import { OmtError } from '../../../shared/contract/errors'
import type { MeetingDetail } from '../../../shared/contract/meeting.contract'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { ModalDialog } from '../components/modal-dialog'
import { type BoundField, bindFields } from '../lib/bind-fields'
import { useFormSubmit } from '../lib/use-form-submit'
import type { MeetingSession } from './meeting-session'
import { MeetingValuesFields } from './meeting-values-fields'

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

function MeetingDetailsForm({
  session,
  onCancel,
  onSaved,
}: {
  session: MeetingSession
  onCancel: () => void
  onSaved: () => void
}) {
  // A clash with another meeting concerns date and time together: it is said in full above the form, not only at the fields.
  const [conflict, setConflict] = useState<string | null>(null)
  const [values, setValues] = useState(() => formValuesOf(session.meeting))
  const form = useFormSubmit(
    async () => {
      setConflict(null)
      await session.updateDetails(values)
      onSaved()
    },
    {
      onFailure: (failure) => {
        if (failure instanceof OmtError && failure.code === 'CONFLICT') setConflict(failure.message)
      },
    },
  )
  const { errors } = form
  const bound = bindFields(values, setValues, errors.fieldError)
  const field = (name: keyof typeof values): BoundField => {
    const plain = bound(name)
    if (conflict === null || (name !== 'date' && name !== 'startTime')) return plain
    return {
      ...plain,
      error: 'Op deze datum en begintijd vergadert deze tafel al.',
      onChange: (event: { target: { value: string } }) => {
        // A clash only comes once every field is valid, so a new date or time clears all that was said.
        setConflict(null)
        errors.clear()
        plain.onChange(event)
      },
    }
  }

  return (
    <form {...form.props} className="form">
      <FormAlert message={conflict ?? errors.message} />
      <MeetingValuesFields field={field} focusFirst />
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        Gegevens opslaan
      </FormActions>
    </form>
  )
}
