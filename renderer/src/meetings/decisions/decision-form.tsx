import { useState } from 'react'
import type { AgendaItem } from '../../../../shared/contract/agenda.contract'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { useFormSubmit } from '../../lib/use-form-submit'
import { announce } from '../../stores/announcer-store'
import { tracked } from '../save-status'
import { type DecisionDraft, draftForItem, newSubjectEntry, newSubjectSlots, valuesFor } from './decision-draft'
import { DecisionFields } from './decision-fields'
import { noteDecisionWrite } from './decision-writes'
import type { SubjectMatch } from './look-alikes'
import { NewSubjectCheck } from './new-subject-check'
import { setPendingReference, usePendingReference } from './pending-reference'
import { useLookAlikeStep } from './use-look-alike-step'
import './decisions.css'

/** The reference "Nieuw besluit hierover" brought along, if it fits this item's table and case. */
function pendingFor(item: AgendaItem, tableId: string): string {
  const pending = usePendingReference.getState().reference
  if (!pending || pending.tableId !== tableId) return ''
  return pending.caseId === null || pending.caseId === item.case?.id ? pending.decisionId : ''
}

/**
 * Records a decision on one agenda item; a refusal ("Casus … is al afgesloten")
 * appears above the form. New subjects that look like existing ones are asked
 * about first, so the same person is not entered twice.
 */
export function DecisionForm({
  item,
  tableId,
  onRecorded,
}: {
  item: AgendaItem
  tableId: string
  onRecorded: (decision: Decision) => void
}) {
  const decisionRecord = useVaultMutation('decision:record')
  const [draft, setDraft] = useState<DecisionDraft>(() => draftForItem(item, pendingFor(item, tableId)))
  // The slots of the last submit: the vault's "subjects.2.kvk" means the entry that was third then.
  const [slots, setSlots] = useState<Map<number, number>>(new Map())
  const lookAlikes = useLookAlikeStep()
  const set = (changes: Partial<DecisionDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  /** Under the form's busy guard (see `form.run`), which also shows a refusal. */
  const record = async (linked: ReadonlyMap<number, string>) => {
    setSlots(newSubjectSlots(draft))
    try {
      const decision = await tracked(decisionRecord.run({ agendaItemId: item.id, values: valuesFor(draft, linked) }))
      const reference = decision.refersTo ? ` Het verwijst naar ${decision.refersTo.code}.` : ''
      announce(`Besluit ${decision.code} (${decision.typeLabel}) is vastgelegd.${reference}`)
      if (decision.refersTo && decision.refersTo.id === usePendingReference.getState().reference?.decisionId)
        setPendingReference(null)
      set({
        text: '',
        reason: '',
        closingReason: '',
        subjectIds: [],
        newSubjects: [newSubjectEntry()],
        refersToDecisionId: '',
      })
      noteDecisionWrite()
      onRecorded(decision)
    } finally {
      // Recorded or refused, the form shows again: with the next decision to enter, or with the vault's message.
      lookAlikes.finish()
    }
  }

  // Stays ready after a submit: it takes the next decision, or shows the look-alikes first.
  const form = useFormSubmit(
    async () => {
      if (!(await lookAlikes.start(draft))) await record(new Map())
    },
    { staysOpen: true },
  )

  const choose = (match: SubjectMatch | null) => {
    if (form.busy) return
    const linked = lookAlikes.answer(match)
    if (linked) void form.run(() => record(linked))
  }

  return (
    <div {...lookAlikes.areaProps}>
      <form
        {...form.props}
        className="form decision-form"
        hidden={lookAlikes.checking !== null}
        aria-label={`Besluit vastleggen bij agendapunt ${item.number}`}
      >
        <FormAlert message={form.errors.message} />
        <DecisionFields
          draft={draft}
          set={set}
          fieldError={form.errors.fieldError}
          tableId={tableId}
          itemCase={item.case}
          correcting={null}
          slots={slots}
        />
        <FormActions busy={form.busy} busyLabel="Bezig met vastleggen…">
          Besluit vastleggen
        </FormActions>
      </form>
      <NewSubjectCheck checking={lookAlikes.checking} busy={form.busy} onChoose={choose} onBack={lookAlikes.back} />
    </div>
  )
}
