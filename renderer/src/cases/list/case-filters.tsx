import { useRef } from 'react'
import { caseKindLabels, caseKinds } from '../../../../shared/domain/case'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import type { RegisterReferences } from '../../reference/use-register-references'
import { type CaseListFilter, emptyFilter, hasFilter } from './case-list-store'

interface CaseFiltersProps {
  /** The filter as typed (the text before it settles). */
  filter: CaseListFilter
  references: RegisterReferences | null
  onChange: (filter: CaseListFilter) => void
}

type IdFilter = 'phaseIds' | 'themeIds' | 'tableIds' | 'gemeenteIds'

const archivedMark = (archived: boolean) => (archived ? ' (gearchiveerd)' : '')

/**
 * One choice per filter, each a plain labelled select: quick with the
 * keyboard, and read the same by every screen reader. The vault accepts
 * several values per filter; one is what the screen offers for now.
 */
export function CaseFilters({ filter, references, onChange }: CaseFiltersProps) {
  const textRef = useRef<HTMLInputElement>(null)
  const pick = (name: IdFilter, value: string) => onChange({ ...filter, [name]: value ? [value] : [] })
  const options = <T,>(all: string, rows: readonly T[], value: (row: T) => string, label: (row: T) => string) => [
    { value: '', label: all },
    ...rows.map((row) => ({ value: value(row), label: label(row) })),
  ]
  return (
    <div className="case-filters" role="group" aria-label="Filters">
      <TextField
        ref={textRef}
        className="case-filters__text"
        type="search"
        label="Code of alias"
        autoComplete="off"
        spellCheck={false}
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <SelectField
        label="Fase"
        value={filter.phaseIds[0] ?? ''}
        onChange={(event) => pick('phaseIds', event.target.value)}
        options={options(
          'Alle fasen',
          references?.phases ?? [],
          (row) => row.id,
          (row) => row.name,
        )}
      />
      <SelectField
        label="Thema"
        value={filter.themeIds[0] ?? ''}
        onChange={(event) => pick('themeIds', event.target.value)}
        options={options(
          'Alle thema’s',
          references?.themes ?? [],
          (row) => row.id,
          (row) => `${row.name}${archivedMark(row.archived)}`,
        )}
      />
      <SelectField
        label="Tafel"
        value={filter.tableIds[0] ?? ''}
        onChange={(event) => pick('tableIds', event.target.value)}
        options={options(
          'Alle tafels',
          references?.tables ?? [],
          (row) => row.id,
          (row) => `${row.name}${archivedMark(row.archived)}`,
        )}
      />
      <SelectField
        label="Soort"
        value={filter.kinds[0] ?? ''}
        onChange={(event) => {
          const kind = caseKinds.find((candidate) => candidate === event.target.value)
          onChange({ ...filter, kinds: kind ? [kind] : [] })
        }}
        options={options(
          'Alle soorten',
          caseKinds,
          (kind) => kind,
          (kind) => caseKindLabels[kind],
        )}
      />
      <SelectField
        label="Gemeente"
        value={filter.gemeenteIds[0] ?? ''}
        onChange={(event) => pick('gemeenteIds', event.target.value)}
        options={options(
          'Alle gemeenten',
          references?.gemeenten ?? [],
          (row) => row.id,
          (row) => `${row.name}${archivedMark(row.archived)}`,
        )}
      />
      {hasFilter(filter) ? (
        <button
          type="button"
          className="button button--quiet case-filters__clear"
          onClick={() => {
            onChange(emptyFilter)
            // The button goes away with the filters; focus must not go with it.
            textRef.current?.focus()
          }}
        >
          Filters wissen
        </button>
      ) : null}
    </div>
  )
}
