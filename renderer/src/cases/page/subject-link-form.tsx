import { type FormEvent, useRef, useState } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import { OmtError } from '../../../../shared/contract/errors'
import type { Input, Output } from '../../../../shared/contract/index'
import { todayIso } from '../../../../shared/domain/iso-date'
import { subjectKinds } from '../../../../shared/domain/subject'
import { request } from '../../api/request'
import { ChoiceGroup } from '../../components/choice-group'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { SubmitButton } from '../../components/submit-button'
import { TextField } from '../../components/text-field'
import { useFormErrors } from '../../lib/use-form-errors'
import { blankSubject, draftTitle, objectKindOptions, type SubjectDraft, subjectValues } from './subject-draft'
import { SubjectSuggestions } from './subject-suggestions'

type Match = Output<'subject:suggest'>['matches'][number]
type LinkTarget = Input<'case:link-subject'>['subject']

const kindChoices = [
  { value: 'persoon', label: 'Persoon' },
  { value: 'rechtspersoon', label: 'Rechtspersoon' },
  { value: 'object', label: 'Object' },
]

/** The suggestion check names fields after the values ("name"); the link names them after the subject ("subject.name"). */
function asLinkError(error: unknown): unknown {
  if (!(error instanceof OmtError) || !error.fields) return error
  const fields = Object.fromEntries(Object.entries(error.fields).map(([field, message]) => [`subject.${field}`, message]))
  return new OmtError(error.code, error.message, fields)
}

interface SubjectLinkFormProps {
  detail: CaseDetail
  onLinked: (title: string) => void
  onCancel: () => void
}

/**
 * Adds a person, legal entity or object to the case as a proposal for the
 * OMT. Before a new one is made, the vault is asked for look-alikes.
 */
export function SubjectLinkForm({ detail, onLinked, onCancel }: SubjectLinkFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [draft, setDraft] = useState<SubjectDraft>(blankSubject)
  const [openedOn, setOpenedOn] = useState(() => todayIso())
  const [matches, setMatches] = useState<Match[] | null>(null)
  const [busy, setBusy] = useState(false)
  // Back from the suggestions the form appears anew; focus goes to its first control, not to nowhere.
  const focusForm = useRef(false)
  const formMounted = (form: HTMLFormElement | null) => {
    formRef.current = form
    if (!form || !focusForm.current) return
    focusForm.current = false
    form.querySelector<HTMLElement>('input:checked')?.focus()
  }
  const backToForm = () => {
    focusForm.current = true
    setMatches(null)
  }
  const set = (changes: Partial<SubjectDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const link = async (subject: LinkTarget, title: string) => {
    setBusy(true)
    try {
      await request('case:link-subject', { caseId: detail.id, openedOn, subject })
      onLinked(title)
    } catch (error) {
      setBusy(false)
      if (matches) backToForm()
      errors.fail(error)
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    errors.clear()
    const values = subjectValues(draft)
    setBusy(true)
    let found: Match[]
    try {
      found = (await request('subject:suggest', { values, excludeId: null })).matches
    } catch (error) {
      setBusy(false)
      return errors.fail(asLinkError(error))
    }
    setBusy(false)
    if (found.length > 0) setMatches(found)
    else await link(values, draftTitle(draft))
  }

  if (matches) {
    return (
      <SubjectSuggestions
        draft={draft}
        matches={matches}
        detail={detail}
        busy={busy}
        onLinkExisting={(match) => void link({ kind: 'bestaand', id: match.subject.id }, match.subject.title)}
        onCreateNew={() => void link(subjectValues(draft), draftTitle(draft))}
        onBack={backToForm}
      />
    )
  }

  return (
    <form ref={formMounted} className="form" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
      <FormAlert message={errors.message} />
      <ChoiceGroup
        legend="Wat voegt u toe?"
        name="subject.kind"
        type="radio"
        choices={kindChoices}
        value={[draft.kind]}
        autoFocusFirst
        onChange={([kind]) => set({ kind: subjectKinds.find((candidate) => candidate === kind) ?? 'persoon' })}
      />
      {draft.kind === 'object' ? (
        <>
          <SelectField
            name="subject.objectKind"
            label="Soort object"
            value={draft.objectKind}
            error={errors.fieldError('subject.objectKind')}
            onChange={(event) => set({ objectKind: event.target.value })}
            options={[{ value: '', label: 'Kies het soort object' }, ...objectKindOptions]}
          />
          <TextField
            name="subject.description"
            label="Omschrijving"
            hint="Bijvoorbeeld een adres, een kenteken of de naam en ligplaats van een vaartuig."
            autoComplete="off"
            value={draft.description}
            error={errors.fieldError('subject.description')}
            onChange={(event) => set({ description: event.target.value })}
          />
        </>
      ) : (
        <TextField
          name="subject.name"
          label="Naam"
          hint={draft.kind === 'persoon' ? 'Voor- en achternaam.' : 'De statutaire naam of de handelsnaam.'}
          autoComplete="off"
          spellCheck={false}
          value={draft.name}
          error={errors.fieldError('subject.name')}
          onChange={(event) => set({ name: event.target.value })}
        />
      )}
      {draft.kind === 'persoon' ? (
        <TextField
          type="date"
          name="subject.birthDate"
          label="Geboortedatum"
          hint="Laat leeg als die nog niet bekend is."
          width="medium"
          value={draft.birthDate}
          error={errors.fieldError('subject.birthDate')}
          onChange={(event) => set({ birthDate: event.target.value })}
        />
      ) : null}
      {draft.kind === 'rechtspersoon' ? (
        <TextField
          name="subject.kvk"
          label="KvK-nummer"
          hint="8 cijfers. Laat leeg bij een buitenlandse rechtspersoon of als het nummer nog niet bekend is."
          width="medium"
          inputMode="numeric"
          autoComplete="off"
          value={draft.kvk}
          error={errors.fieldError('subject.kvk')}
          onChange={(event) => set({ kvk: event.target.value })}
        />
      ) : null}
      <TextField
        type="date"
        name="openedOn"
        label="Betrokken sinds"
        hint="De datum van het signaal of het voorstel. De OMT stelt de betrokkenheid vast met een besluit."
        width="medium"
        value={openedOn}
        error={errors.fieldError('openedOn')}
        onChange={(event) => setOpenedOn(event.target.value)}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met controleren…">
          Toevoegen
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  )
}
