import { type FormEvent, useRef, useState } from 'react'
import type { AgendaItem } from '../../../../shared/contract/agenda.contract'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { request } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { SubmitButton } from '../../components/submit-button'
import { useFormErrors } from '../../lib/use-form-errors'
import { announce } from '../../stores/announcer-store'
import { tracked } from '../save-status'
import { type DecisionDraft, draftForItem, newSubjectEntry, newSubjectSlots, valuesFor } from './decision-draft'
import { DecisionFields } from './decision-fields'
import { noteDecisionWrite } from './decision-writes'
import { setPendingReference, usePendingReference } from './pending-reference'
import './decisions.css'

/** The reference "Nieuw besluit hierover" brought along, if it fits this item's table and case. */
function pendingFor(item: AgendaItem, tableId: string): string {
  const pending = usePendingReference.getState().reference
  if (!pending || pending.tableId !== tableId) return ''
  return pending.caseId === null || pending.caseId === item.case?.id ? pending.decisionId : ''
}

/** Records a decision on one agenda item; a refusal ("Casus … is al afgesloten") appears above the form. */
export function DecisionForm({ item, tableId, onRecorded }: { item: AgendaItem; tableId: string; onRecorded: (decision: Decision) => void }) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [busy, setBusy] = useState(false)
  const [draft, setDraft] = useState<DecisionDraft>(() => draftForItem(item, pendingFor(item, tableId)))
  // The slots of the last submit: the vault's "subjects.2.kvk" means the entry that was third then.
  const [slots, setSlots] = useState<Map<number, number>>(new Map())
  const set = (changes: Partial<DecisionDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    setSlots(newSubjectSlots(draft))
    try {
      const decision = await tracked(request('decision:record', { agendaItemId: item.id, values: valuesFor(draft) }))
      const reference = decision.refersTo ? ` Het verwijst naar ${decision.refersTo.code}.` : ''
      announce(`Besluit ${decision.code} (${decision.typeLabel}) is vastgelegd.${reference}`)
      if (decision.refersTo && decision.refersTo.id === usePendingReference.getState().reference?.decisionId) setPendingReference(null)
      set({ text: '', reason: '', subjectIds: [], newSubjects: [newSubjectEntry()], refersToDecisionId: '' })
      noteDecisionWrite()
      onRecorded(decision)
    } catch (failure) {
      errors.fail(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      ref={formRef}
      className="form decision-form"
      noValidate
      aria-label={`Besluit vastleggen bij agendapunt ${item.number}`}
      onSubmit={(event) => void submit(event)}
      onChange={errors.onFormChange}
    >
      <FormAlert message={errors.message} />
      <DecisionFields draft={draft} set={set} fieldError={errors.fieldError} tableId={tableId} itemCase={item.case} correcting={null} slots={slots} />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met vastleggen…">
          Besluit vastleggen
        </SubmitButton>
      </div>
    </form>
  )
}
