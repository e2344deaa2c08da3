import { useState } from 'react'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { TextareaField } from '../../components/textarea-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { tracked } from '../save-status'

interface WithdrawDecisionFormProps {
  decision: Decision
  onWithdrawn: (decision: Decision) => void
  onCancel: () => void
}

/** Confirms a withdrawal and asks why: the effect is undone, the number and the record stay. */
export function WithdrawDecisionForm({ decision, onWithdrawn, onCancel }: WithdrawDecisionFormProps) {
  const decisionWithdraw = useVaultMutation('decision:withdraw')
  const [note, setNote] = useState('')
  const form = useFormSubmit(async () => onWithdrawn(await tracked(decisionWithdraw.run({ id: decision.id, note }))))

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <p>
        Wat besluit {decision.code} ({decision.typeLabel}) veranderde, wordt ongedaan gemaakt. Het nummer blijft bezet
        en het besluit blijft in de lijst staan als ingetrokken.
      </p>
      <TextareaField
        label="Reden van intrekking"
        hint="Verplicht; blijft bij het besluit bewaard."
        name="note"
        rows={3}
        value={note}
        error={form.errors.fieldError('note')}
        data-autofocus
        onChange={(event) => setNote(event.target.value)}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met intrekken…" variant="danger" onCancel={onCancel}>
        Besluit intrekken
      </FormActions>
    </form>
  )
}
