import { useState } from 'react'
import type { EnforcementIssue } from '../../../../shared/contract/enforcement-issue.contract'
import type { ReferenceRow } from '../../../../shared/domain/reference'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { bindFields } from '../../lib/bind-fields'
import { useFormSubmit } from '../../lib/use-form-submit'
import { blankIssue, districtChoices, draftOfIssue, issueValues } from './enforcement-issue-draft'

interface EnforcementIssueFormProps {
  /** Null to add a new HHK. */
  issue: EnforcementIssue | null
  /** For a new HHK: the district the list is filtered on, so it lands where the secretary is looking. */
  defaultDistrictId: string
  districts: readonly ReferenceRow<'district'>[]
  onSaved: (saved: EnforcementIssue) => void
  onCancel: () => void
}

/** Adds or edits one HHK; the vault checks the dates and answers in Dutch at the field concerned. */
export function EnforcementIssueForm({
  issue,
  defaultDistrictId,
  districts,
  onSaved,
  onCancel,
}: EnforcementIssueFormProps) {
  const create = useVaultMutation('enforcement-issue:create')
  const update = useVaultMutation('enforcement-issue:update')
  const [draft, setDraft] = useState(() => (issue ? draftOfIssue(issue) : blankIssue(defaultDistrictId)))
  const form = useFormSubmit(async () => {
    const values = issueValues(draft)
    onSaved(issue ? await update.run({ id: issue.id, values }) : await create.run(values))
  })
  const field = bindFields(draft, setDraft, form.errors.fieldError)

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <TextField
        data-autofocus
        label="Naam"
        hint="Het knelpunt zoals de Stuurgroep het aanwees, bijvoorbeeld ‘Vakantieparken’. Nooit de naam van een persoon of onderneming."
        autoComplete="off"
        {...field('name')}
      />
      <SelectField
        label="District"
        hint="Leeg voor een regionaal knelpunt."
        {...field('districtId')}
        options={districtChoices(districts, draft.districtId)}
      />
      <TextField type="date" width="medium" label="Aangewezen op" {...field('designatedOn')} />
      <TextField
        type="date"
        width="medium"
        label="Plan van aanpak vastgesteld op (optioneel)"
        hint="De vergadering van de OMT die het plan vaststelde."
        {...field('planAdoptedOn')}
      />
      <TextField type="date" width="medium" label="Afgerond op (optioneel)" {...field('finishedOn')} />
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        Opslaan
      </FormActions>
    </form>
  )
}
