import { useEffect, useRef } from 'react'
import { subjectKinds } from '../../../../shared/domain/subject'
import { objectKindOptions, type SubjectDraft } from '../../subjects/subject-draft'
import { ChoiceGroup } from '../../components/choice-group'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { type NewSubjectEntry, newSubjectEntry } from './decision-draft'

const kindChoices = [
  { value: 'persoon', label: 'Persoon' },
  { value: 'rechtspersoon', label: 'Rechtspersoon' },
  { value: 'object', label: 'Object' },
]

interface NewSubjectFieldsProps {
  entries: NewSubjectEntry[]
  onChange: (entries: NewSubjectEntry[]) => void
  /** Where each started entry sits in the vault's `subjects` list; the field names follow it so an edit clears its error. */
  slots: Map<number, number>
  fieldError: (name: string) => string | undefined
  /** "Kies minstens één subject of object", when no existing subjects are offered to carry it. */
  listError: string | undefined
}

/**
 * New persons, legal entities and objects registered together with the
 * decision. Every entry names its number in its labels, so each field is
 * told apart by a screen reader and by the vault's field errors.
 */
export function NewSubjectFields({ entries, onChange, slots, fieldError, listError }: NewSubjectFieldsProps) {
  const update = (key: number, changes: Partial<SubjectDraft>) =>
    onChange(entries.map((entry) => (entry.key === key ? { ...entry, draft: { ...entry.draft, ...changes } } : entry)))
  const several = entries.length > 1
  // After adding or removing an entry, focus goes where the user continues, not to the page's start.
  const container = useRef<HTMLDivElement>(null)
  const focusAfter = useRef<'last-entry' | 'add-button' | null>(null)
  useEffect(() => {
    const target = focusAfter.current
    focusAfter.current = null
    if (target === 'last-entry')
      container.current?.querySelector<HTMLElement>('.new-subjects__entry:last-of-type input:checked')?.focus()
    if (target === 'add-button') container.current?.querySelector<HTMLElement>('.new-subjects__add')?.focus()
  }, [entries.length])

  return (
    <div ref={container} className="new-subjects">
      {entries.map((entry, index) => {
        const { draft } = entry
        const label = several ? `Nieuw subject ${String(index + 1)}` : 'Nieuw subject'
        const slot = slots.get(entry.key)
        const field = (name: string) =>
          `subjects.${slot === undefined ? `nieuw-${String(entry.key)}` : String(slot)}.${name}`
        const error = (name: string) => (slot === undefined ? undefined : fieldError(field(name)))
        const first = index === 0 ? listError : undefined
        return (
          <div key={entry.key} className="new-subjects__entry" role="group" aria-label={label}>
            <ChoiceGroup
              legend={`${label}: soort`}
              name={`nieuw-subject-${String(entry.key)}-soort`}
              type="radio"
              choices={kindChoices}
              value={[draft.kind]}
              onChange={([kind]) =>
                update(entry.key, { kind: subjectKinds.find((candidate) => candidate === kind) ?? 'persoon' })
              }
            />
            {draft.kind === 'object' ? (
              <div className="field-row">
                <SelectField
                  name={field('objectKind')}
                  label={`${label}: soort object`}
                  value={draft.objectKind}
                  error={error('objectKind')}
                  onChange={(event) => update(entry.key, { objectKind: event.target.value })}
                  options={[{ value: '', label: 'Kies het soort object' }, ...objectKindOptions]}
                />
                <TextField
                  name={field('description')}
                  label={`${label}: omschrijving van het object`}
                  hint="Bijvoorbeeld een adres, een kenteken of de naam en ligplaats van een vaartuig."
                  autoComplete="off"
                  value={draft.description}
                  error={error('description') ?? first}
                  onChange={(event) => update(entry.key, { description: event.target.value })}
                />
              </div>
            ) : (
              <div className="field-row">
                <TextField
                  name={field('name')}
                  label={`${label}: naam van de ${draft.kind}`}
                  width="medium"
                  autoComplete="off"
                  spellCheck={false}
                  value={draft.name}
                  error={error('name') ?? first}
                  onChange={(event) => update(entry.key, { name: event.target.value })}
                />
                {draft.kind === 'persoon' ? (
                  <TextField
                    name={field('birthDate')}
                    label={several ? `${label}: geboortedatum (optioneel)` : 'Geboortedatum (optioneel)'}
                    type="date"
                    width="medium"
                    value={draft.birthDate}
                    error={error('birthDate')}
                    onChange={(event) => update(entry.key, { birthDate: event.target.value })}
                  />
                ) : (
                  <TextField
                    name={field('kvk')}
                    label={`${label}: KvK-nummer (optioneel)`}
                    hint="8 cijfers. Leeg bij een buitenlandse rechtspersoon of een onbekend nummer."
                    width="medium"
                    inputMode="numeric"
                    autoComplete="off"
                    value={draft.kvk}
                    error={error('kvk')}
                    onChange={(event) => update(entry.key, { kvk: event.target.value })}
                  />
                )}
              </div>
            )}
            {several ? (
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  focusAfter.current = 'add-button'
                  onChange(entries.filter((other) => other.key !== entry.key))
                }}
              >
                {label} weghalen
              </button>
            ) : null}
          </div>
        )
      })}
      <button
        type="button"
        className="button button--secondary button--small new-subjects__add"
        onClick={() => {
          focusAfter.current = 'last-entry'
          onChange([...entries, newSubjectEntry()])
        }}
      >
        Nog een nieuw subject of object
      </button>
    </div>
  )
}
