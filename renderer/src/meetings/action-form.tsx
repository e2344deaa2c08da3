import { useState } from 'react'
import type { ActionItem } from '../../../shared/contract/action.contract'
import type { ReferenceRow } from '../../../shared/domain/reference'
import { useVaultMutation } from '../api/use-vault-mutation'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { useFormSubmit } from '../lib/use-form-submit'
import { announce } from '../stores/announcer-store'
import { tracked } from './save-status'

interface ActionFormProps {
  meetingId: string
  agendaItemId: string | null
  decisionId?: string | null
  caseId: string | null
  partners: ReferenceRow<'partner'>[]
  onCreated: (action: ActionItem) => void
  label: string
}

/** A new action item agreed in this meeting, on this item. */
export function ActionForm({
  meetingId,
  agendaItemId,
  decisionId = null,
  caseId,
  partners,
  onCreated,
  label,
}: ActionFormProps) {
  const actionCreate = useVaultMutation('action:create')
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [person, setPerson] = useState('')
  const [due, setDue] = useState('')
  const form = useFormSubmit(
    async () => {
      const action = await tracked(
        actionCreate.run({
          meetingId,
          agendaItemId,
          decisionId,
          values: { text, ownerPartnerId: owner, ownerPerson: person, dueDate: due || null, caseId },
        }),
      )
      announce(`Actiepunt voor ${action.ownerPartner.shortName} is vastgelegd.`)
      setText('')
      setPerson('')
      setDue('')
      onCreated(action)
    },
    { staysOpen: true },
  )
  const { errors } = form
  return (
    <form {...form.props} className="form action-form" aria-label={label}>
      <FormAlert message={errors.message} />
      <TextField
        label="Actie"
        name="text"
        autoComplete="off"
        value={text}
        error={errors.fieldError('text')}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="field-row">
        <SelectField
          label="Eigenaar (partner)"
          name="ownerPartnerId"
          value={owner}
          error={errors.fieldError('ownerPartnerId')}
          onChange={(event) => setOwner(event.target.value)}
          options={[
            { value: '', label: 'Kies een partner' },
            ...partners.map((partner) => ({ value: partner.id, label: partner.shortName })),
          ]}
        />
        <TextField
          label="Persoon (optioneel)"
          name="ownerPerson"
          width="medium"
          autoComplete="off"
          value={person}
          error={errors.fieldError('ownerPerson')}
          onChange={(event) => setPerson(event.target.value)}
        />
        <TextField
          label="Uiterste datum (optioneel)"
          name="dueDate"
          type="date"
          width="medium"
          value={due}
          error={errors.fieldError('dueDate')}
          onChange={(event) => setDue(event.target.value)}
        />
      </div>
      <FormActions busy={form.busy} busyLabel="Bezig met vastleggen…" variant="secondary">
        Actiepunt vastleggen
      </FormActions>
    </form>
  )
}
