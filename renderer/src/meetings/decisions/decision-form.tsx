import { useEffect, useRef, useState } from 'react'
import type { AgendaItem } from '../../../../shared/contract/agenda.contract'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { request } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { SubmitButton } from '../../components/submit-button'
import { useFormSubmit } from '../../lib/use-form-submit'
import { announce } from '../../stores/announcer-store'
import { tracked } from '../save-status'
import { type DecisionDraft, draftForItem, newSubjectEntry, newSubjectSlots, valuesFor } from './decision-draft'
import { DecisionFields } from './decision-fields'
import { noteDecisionWrite } from './decision-writes'
import { findLookAlikes, type LookAlikeCheck, type SubjectMatch } from './look-alikes'
import { NewSubjectCheck } from './new-subject-check'
import { setPendingReference, usePendingReference } from './pending-reference'
import './decisions.css'

/** The reference "Nieuw besluit hierover" brought along, if it fits this item's table and case. */
function pendingFor(item: AgendaItem, tableId: string): string {
  const pending = usePendingReference.getState().reference
  if (!pending || pending.tableId !== tableId) return ''
  return pending.caseId === null || pending.caseId === item.case?.id ? pending.decisionId : ''
}

/** The "Bedoelt u …?" step: which look-alike is asked now, and the existing subjects chosen so far per new entry's key. */
interface Checking {
  check: LookAlikeCheck
  step: number
  linked: ReadonlyMap<number, string>
}

/**
 * Records a decision on one agenda item; a refusal ("Casus … is al afgesloten")
 * appears above the form. New subjects that look like existing ones are asked
 * about first, so the same person is not entered twice.
 */
export function DecisionForm({ item, tableId, onRecorded }: { item: AgendaItem; tableId: string; onRecorded: (decision: Decision) => void }) {
  const [draft, setDraft] = useState<DecisionDraft>(() => draftForItem(item, pendingFor(item, tableId)))
  // The slots of the last submit: the vault's "subjects.2.kvk" means the entry that was third then.
  const [slots, setSlots] = useState<Map<number, number>>(new Map())
  const [checking, setChecking] = useState<Checking | null>(null)
  // Where focus goes when the form shows again after the check: the entry asked about, or the submit button.
  const focusAfterCheck = useRef<string | null>(null)
  const set = (changes: Partial<DecisionDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const backToForm = (selector: string) => {
    focusAfterCheck.current = selector
    setChecking(null)
  }

  /** Under the form's busy guard (see `form.run`), which also shows a refusal. */
  const record = async (linked: ReadonlyMap<number, string>) => {
    setSlots(newSubjectSlots(draft))
    try {
      const decision = await tracked(request('decision:record', { agendaItemId: item.id, values: valuesFor(draft, linked) }))
      const reference = decision.refersTo ? ` Het verwijst naar ${decision.refersTo.code}.` : ''
      announce(`Besluit ${decision.code} (${decision.typeLabel}) is vastgelegd.${reference}`)
      if (decision.refersTo && decision.refersTo.id === usePendingReference.getState().reference?.decisionId) setPendingReference(null)
      set({ text: '', reason: '', subjectIds: [], newSubjects: [newSubjectEntry()], refersToDecisionId: '' })
      noteDecisionWrite()
      onRecorded(decision)
    } finally {
      // Recorded or refused, the form shows again: with the next decision to enter, or with the vault's message.
      if (checking) backToForm('button[type="submit"]')
    }
  }

  // Stays ready after a submit: it takes the next decision, or shows the look-alikes first.
  const form = useFormSubmit(
    async () => {
      const check = await findLookAlikes(draft)
      if (check.lookAlikes.length === 0) return record(new Map())
      setChecking({ check, step: 0, linked: new Map() })
    },
    { staysOpen: true },
  )

  useEffect(() => {
    const selector = focusAfterCheck.current
    if (checking || !selector) return
    focusAfterCheck.current = null
    // A field the vault refused has taken focus already (useFormErrors); that is where the fix is.
    const element = form.props.ref.current
    if (element?.querySelector('[aria-invalid="true"]')) return
    element?.querySelector<HTMLElement>(selector)?.focus()
  }, [checking, form.props.ref])

  const choose = (match: SubjectMatch | null) => {
    if (!checking || form.busy) return
    const lookAlike = checking.check.lookAlikes[checking.step]
    if (!lookAlike) return
    const linked = new Map(checking.linked)
    if (match) linked.set(lookAlike.entry.key, match.subject.id)
    else linked.delete(lookAlike.entry.key)
    if (checking.step + 1 < checking.check.lookAlikes.length) setChecking({ ...checking, step: checking.step + 1, linked })
    else void form.run(() => record(linked))
  }

  const asked = checking?.check.lookAlikes[checking.step]
  return (
    <>
      <form {...form.props} className="form decision-form" hidden={checking !== null} aria-label={`Besluit vastleggen bij agendapunt ${item.number}`}>
        <FormAlert message={form.errors.message} />
        <DecisionFields draft={draft} set={set} fieldError={form.errors.fieldError} tableId={tableId} itemCase={item.case} correcting={null} slots={slots} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Bezig met vastleggen…">
            Besluit vastleggen
          </SubmitButton>
        </div>
      </form>
      {checking && asked ? (
        <NewSubjectCheck
          check={checking.check}
          step={checking.step}
          busy={form.busy}
          onChoose={choose}
          onBack={() => backToForm(`input[name="nieuw-subject-${String(asked.entry.key)}-soort"]:checked`)}
        />
      ) : null}
    </>
  )
}
