import { useState } from 'react'
import type { SubjectOverviewSaveResult } from '../../../../shared/contract/subject-overview.contract'
import { type OverviewVersion, overviewVersionLabels } from '../../../../shared/domain/subject-overview'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { ChoiceGroup } from '../../components/choice-group'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { blankOverviewDraft, draftErrors, saveRequestOf } from './subject-overview-draft'
import { WithheldPartsConfirmation } from './withheld-parts-confirmation'

/**
 * The hand-out first: it is what a request is usually answered with, the
 * form starts on it, and the first radio (which takes focus) is then the checked one.
 */
const versionChoices = (['verstrekking', 'intern'] satisfies OverviewVersion[]).map((version) => ({
  value: version,
  label: overviewVersionLabels[version],
}))

interface SubjectOverviewFormProps {
  subjectId: string
  onSaved: (result: SubjectOverviewSaveResult) => void
  onCancel: () => void
}

/**
 * Produces the overview of one subject as PDF. It leaves the vault, so it asks
 * what for (the log records the purpose), and for the hand-out which parts
 * are withheld.
 */
export function SubjectOverviewForm({ subjectId, onSaved, onCancel }: SubjectOverviewFormProps) {
  const save = useVaultMutation('subject-overview:save')
  const [draft, setDraft] = useState(blankOverviewDraft)
  const form = useFormSubmit(async () => onSaved(await save.run(saveRequestOf(subjectId, draft))), {
    check: () => draftErrors(subjectId, draft),
  })

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <ChoiceGroup
        legend="Versie"
        name="version"
        type="radio"
        autoFocusFirst
        choices={versionChoices}
        value={[draft.version]}
        hint="De interne versie is volledig en blijft binnen het RIEC; de versie voor de betrokkene laat onderdelen weg."
        error={form.errors.fieldError('version')}
        onChange={([version]) => setDraft((current) => ({ ...current, version: version as OverviewVersion }))}
      />
      <TextField
        label="Doel of kenmerk van het verzoek"
        name="purpose"
        hint="Bijvoorbeeld het kenmerk van het inzageverzoek. Noem geen namen: het doel blijft in het verwerkingenlog staan, ook na vernietiging."
        autoComplete="off"
        maxLength={500}
        value={draft.purpose}
        error={form.errors.fieldError('purpose')}
        onChange={(event) => setDraft((current) => ({ ...current, purpose: event.target.value }))}
      />
      {draft.version === 'verstrekking' ? (
        <WithheldPartsConfirmation
          confirmed={draft.confirmed}
          fieldError={form.errors.fieldError}
          onChange={(confirmed) => setDraft((current) => ({ ...current, confirmed }))}
        />
      ) : null}
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        Opslaan als PDF
      </FormActions>
    </form>
  )
}
