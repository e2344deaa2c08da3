import { useLayoutEffect, useRef, useState } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import { OmtError } from '../../../../shared/contract/errors'
import type { Input, Output } from '../../../../shared/contract/index'
import { todayIso } from '../../../../shared/domain/iso-date'
import { subjectKinds } from '../../../../shared/domain/subject'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { ChoiceGroup } from '../../components/choice-group'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { bindFields } from '../../lib/bind-fields'
import { stayOpen, useFormSubmit } from '../../lib/use-form-submit'
import {
  blankSubject,
  draftTitle,
  objectKindOptions,
  type SubjectDraft,
  subjectValues,
} from '../../subjects/subject-draft'
import { SubjectSuggestions } from '../../subjects/subject-suggestions'

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
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [`subject.${field}`, message]),
  )
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
  const caseLinkSubject = useVaultMutation('case:link-subject')
  const subjectSuggest = useVaultMutation('subject:suggest')
  const [draft, setDraft] = useState<SubjectDraft>(blankSubject)
  const [openedOn, setOpenedOn] = useState(() => todayIso())
  const [matches, setMatches] = useState<Match[] | null>(null)
  // Back from the suggestions the form appears anew; focus goes to its first control, not to nowhere.
  const focusForm = useRef(false)
  const backToForm = () => {
    focusForm.current = true
    setMatches(null)
  }
  const set = (changes: Partial<SubjectDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const link = async (subject: LinkTarget, title: string) => {
    await caseLinkSubject.run({ caseId: detail.id, openedOn, subject })
    onLinked(title)
  }

  const form = useFormSubmit(
    async () => {
      const values = subjectValues(draft)
      const { matches: found } = await subjectSuggest.run({ values, excludeId: null }).catch((error: unknown) => {
        throw asLinkError(error)
      })
      if (found.length === 0) return link(values, draftTitle(draft))
      setMatches(found)
      return stayOpen
    },
    // A refused link from the suggestions goes back to the form, where its message shows.
    {
      onFailure: () => {
        if (matches) backToForm()
      },
    },
  )
  const { errors } = form
  const field = bindFields(draft, setDraft, errors.fieldError, { group: 'subject.' })
  // Before the errors' own focus move, so a refused link still lands on its invalid field.
  useLayoutEffect(() => {
    if (matches || !focusForm.current) return
    focusForm.current = false
    form.props.ref.current?.querySelector<HTMLElement>('input:checked')?.focus()
  }, [matches, form.props.ref])

  if (matches) {
    return (
      <SubjectSuggestions
        draft={draft}
        matches={matches}
        detail={detail}
        busy={form.busy}
        onLinkExisting={(match) =>
          void form.run(() => link({ kind: 'bestaand', id: match.subject.id }, match.subject.title))
        }
        onCreateNew={() => void form.run(() => link(subjectValues(draft), draftTitle(draft)))}
        onBack={backToForm}
      />
    )
  }

  return (
    <form {...form.props} className="form">
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
            label="Soort object"
            {...field('objectKind')}
            options={[{ value: '', label: 'Kies het soort object' }, ...objectKindOptions]}
          />
          <TextField
            label="Omschrijving"
            hint="Bijvoorbeeld een adres, een kenteken of de naam en ligplaats van een vaartuig."
            autoComplete="off"
            {...field('description')}
          />
        </>
      ) : (
        <TextField
          label="Naam"
          hint={draft.kind === 'persoon' ? 'Voor- en achternaam.' : 'De statutaire naam of de handelsnaam.'}
          autoComplete="off"
          spellCheck={false}
          {...field('name')}
        />
      )}
      {draft.kind === 'persoon' ? (
        <TextField
          type="date"
          label="Geboortedatum"
          hint="Laat leeg als die nog niet bekend is."
          width="medium"
          {...field('birthDate')}
        />
      ) : null}
      {draft.kind === 'rechtspersoon' ? (
        <TextField
          label="KvK-nummer"
          hint="8 cijfers. Laat leeg bij een buitenlandse rechtspersoon of als het nummer nog niet bekend is."
          width="medium"
          inputMode="numeric"
          autoComplete="off"
          {...field('kvk')}
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
      <FormActions busy={form.busy} busyLabel="Bezig met controleren…" onCancel={onCancel}>
        Toevoegen
      </FormActions>
    </form>
  )
}
