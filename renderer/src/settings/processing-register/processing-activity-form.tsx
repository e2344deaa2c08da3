import { useRef, useState } from 'react'
import { OmtError } from '../../../../shared/contract/errors'
import type { ProcessingActivityId } from '../../../../shared/contract/processing'
import type {
  ProcessingActivity,
  ProcessingActivityValues,
} from '../../../../shared/contract/processing-register.contract'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { TextField } from '../../components/text-field'
import { TextareaField } from '../../components/textarea-field'
import { bindFields } from '../../lib/bind-fields'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { useFormSubmit } from '../../lib/use-form-submit'
import { activityFieldLabels } from '../../privacy/activity-field-labels'

const valuesOf = (activity: ProcessingActivity): ProcessingActivityValues => ({
  name: activity.name,
  purpose: activity.purpose,
  legalBasis: activity.legalBasis,
  dataCategories: activity.dataCategories,
  subjectCategories: activity.subjectCategories,
  retention: activity.retention,
  recipients: activity.recipients,
})

const hints: Partial<Record<keyof ProcessingActivityValues, string>> = {
  legalBasis: 'Het wetsartikel, bijvoorbeeld Wgs artikel 2.3 of AVG artikel 6 lid 1 onder e.',
  retention: 'Zoals in de bewaartermijn van de kluis, bijvoorbeeld: vijf jaar na afsluiten van de casus.',
}

interface ProcessingActivityFormProps {
  activity: ProcessingActivity
  onSaved: (saved: ProcessingActivity) => void
  /** Someone saved a newer version meanwhile: the register behind the dialog is fetched again. */
  onConflict: () => void
  /** After a conflict, the user asks for the newest version to edit instead of this one. */
  onReload: () => void
  /** The form replaced an outdated one: focus starts in its first field again, not on a removed button. */
  reloaded: boolean
  onCancel: () => void
}

/**
 * Edits one activity. Saving adds a version (the old one stays, as the log
 * points to it); the version edited goes along, so a change made meanwhile
 * is refused rather than overwritten, and the vault says so in Dutch.
 */
export function ProcessingActivityForm({
  activity,
  onSaved,
  onConflict,
  onReload,
  reloaded,
  onCancel,
}: ProcessingActivityFormProps) {
  // The register only lists its own activities; the vault checks the id again.
  const update = useVaultMutation('processing-register:update')
  const [draft, setDraft] = useState(() => valuesOf(activity))
  const [outdated, setOutdated] = useState(false)
  const nameRef = useRef<HTMLInputElement>(null)
  useFocusOnMount(nameRef, reloaded)
  const form = useFormSubmit(
    async () =>
      onSaved(await update.run({ id: activity.id as ProcessingActivityId, version: activity.version, values: draft })),
    {
      onFailure: (failure) => {
        if (!(failure instanceof OmtError) || failure.code !== 'CONFLICT') return
        setOutdated(true)
        onConflict()
        // No field to focus: the message at the top of the long form must come into view by itself.
        form.props.ref.current?.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center' })
      },
    },
  )
  const field = bindFields(draft, setDraft, form.errors.fieldError)
  const textarea = (key: Exclude<keyof ProcessingActivityValues, 'name'>) => (
    <TextareaField label={activityFieldLabels[key]} hint={hints[key]} rows={3} {...field(key)} />
  )

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      {outdated ? (
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onReload}>
            Nieuwste versie laden
          </button>
          <span className="muted">Uw wijzigingen in dit venster vervallen dan.</span>
        </div>
      ) : null}
      <p className="muted">
        U wijzigt versie {activity.version}. Na opslaan komt er een nieuwe versie bij; de vorige blijven bewaard.
      </p>
      <TextField ref={nameRef} data-autofocus label={activityFieldLabels.name} autoComplete="off" {...field('name')} />
      {textarea('purpose')}
      {textarea('legalBasis')}
      {textarea('dataCategories')}
      {textarea('subjectCategories')}
      {textarea('retention')}
      {textarea('recipients')}
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        Nieuwe versie opslaan
      </FormActions>
    </form>
  )
}
