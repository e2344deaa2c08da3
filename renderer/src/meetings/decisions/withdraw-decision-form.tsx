import { type FormEvent, useRef, useState } from 'react'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { request } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { SubmitButton } from '../../components/submit-button'
import { TextareaField } from '../../components/textarea-field'
import { useFormErrors } from '../../lib/use-form-errors'
import { tracked } from '../save-status'

interface WithdrawDecisionFormProps {
  decision: Decision
  onWithdrawn: (decision: Decision) => void
  onCancel: () => void
}

/** Confirms a withdrawal and asks why: the effect is undone, the number and the record stay. */
export function WithdrawDecisionForm({ decision, onWithdrawn, onCancel }: WithdrawDecisionFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    try {
      onWithdrawn(await tracked(request('decision:withdraw', { id: decision.id, note })))
    } catch (failure) {
      errors.fail(failure)
      setBusy(false)
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)} onChange={errors.onFormChange}>
      <FormAlert message={errors.message} />
      <p>
        Wat besluit {decision.code} ({decision.typeLabel}) veranderde, wordt ongedaan gemaakt. Het nummer blijft bezet en het besluit blijft in de lijst
        staan als ingetrokken.
      </p>
      <TextareaField
        label="Reden van intrekking"
        hint="Verplicht; blijft bij het besluit bewaard."
        name="note"
        rows={3}
        value={note}
        error={errors.fieldError('note')}
        data-autofocus
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met intrekken…" variant="danger">
          Besluit intrekken
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  )
}
