import { useState } from 'react'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { TextareaField } from '../../components/textarea-field'
import { stayOpen, useFormSubmit } from '../../lib/use-form-submit'
import { tracked } from '../save-status'
import { type DecisionDraft, draftFromDecision, newSubjectSlots, valuesFor } from './decision-draft'
import { DecisionFields } from './decision-fields'
import type { SubjectMatch } from './look-alikes'
import { NewSubjectCheck } from './new-subject-check'
import { useLookAlikeStep } from './use-look-alike-step'

interface CorrectDecisionFormProps {
  decision: Decision
  onCorrected: (decision: Decision) => void
  onCancel: () => void
}

/**
 * The decision's facts as recorded, to change while the minutes are concept,
 * with the reason for the change. A refusal (the new effect does not fit the
 * case) leaves the decision as it was and shows here. New subjects get the
 * same "Bedoelt u …?" check as in a new decision.
 */
export function CorrectDecisionForm({ decision, onCorrected, onCancel }: CorrectDecisionFormProps) {
  const decisionCorrect = useVaultMutation('decision:correct')
  const [draft, setDraft] = useState<DecisionDraft>(() => draftFromDecision(decision))
  const [note, setNote] = useState('')
  const [slots, setSlots] = useState<Map<number, number>>(new Map())
  const set = (changes: Partial<DecisionDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const lookAlikes = useLookAlikeStep()

  /** Under the form's busy guard (see `form.run`), which also shows a refusal. */
  const correct = async (linked: ReadonlyMap<number, string>) => {
    setSlots(newSubjectSlots(draft))
    try {
      onCorrected(await tracked(decisionCorrect.run({ id: decision.id, values: valuesFor(draft, linked), note })))
    } finally {
      lookAlikes.finish()
    }
  }

  // New subjects that look like existing ones are asked about first; the form then stays, hidden, until that is answered.
  const form = useFormSubmit(async () => ((await lookAlikes.start(draft)) ? stayOpen : correct(new Map())))

  const choose = (match: SubjectMatch | null) => {
    if (form.busy) return
    const linked = lookAlikes.answer(match)
    if (linked) void form.run(() => correct(linked))
  }

  return (
    <div {...lookAlikes.areaProps}>
      <form {...form.props} className="form decision-form" hidden={lookAlikes.checking !== null}>
        <FormAlert message={form.errors.message} />
        <p className="muted">
          Het nummer {decision.code} blijft. De vorige versie wordt bewaard en is te zien bij ‘Geschiedenis’.
        </p>
        <DecisionFields
          draft={draft}
          set={set}
          fieldError={form.errors.fieldError}
          tableId={decision.table.id}
          itemCase={decision.case}
          correcting={decision}
          slots={slots}
        />
        <TextareaField
          label="Reden van correctie"
          hint="Verplicht; blijft bij de correctie bewaard."
          name="note"
          rows={2}
          value={note}
          error={form.errors.fieldError('note')}
          onChange={(event) => setNote(event.target.value)}
        />
        <FormActions busy={form.busy} busyLabel="Bezig met corrigeren…" onCancel={onCancel}>
          Correctie opslaan
        </FormActions>
      </form>
      <NewSubjectCheck checking={lookAlikes.checking} busy={form.busy} onChoose={choose} onBack={lookAlikes.back} />
    </div>
  )
}
