import { useState } from 'react'
import type { LogOptions } from '../../../../shared/contract/processing-log.contract'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { SubmitButton } from '../../components/submit-button'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { checkTyped, emptyTypedFilters, hasTypedFilter, type TypedLogFilters } from './log-filter-values'
import { SubjectLookup } from './subject-lookup'

interface LogFiltersProps {
  options: LogOptions | null
  applied: TypedLogFilters
  onApply: (filters: TypedLogFilters) => void
}

/**
 * The filters as one form: choose, then "Filteren" (or Enter), so a
 * half-typed date or record id does not set off a search of a million entries.
 */
export function LogFilterForm({ options, applied, onApply }: LogFiltersProps) {
  const [typed, setTyped] = useState<TypedLogFilters>(applied)
  const set = (change: Partial<TypedLogFilters>) => setTyped({ ...typed, ...change })
  const form = useFormSubmit(
    () => {
      onApply(typed)
      return Promise.resolve()
    },
    { staysOpen: true, check: () => checkTyped(typed) },
  )
  return (
    <form {...form.props} className="log-filters" aria-label="Filters van het verwerkingenlog">
      <FormAlert message={form.errors.message} />
      <div className="log-filters__fields">
        <TextField
          type="date"
          label="Vanaf"
          name="from"
          width="short"
          value={typed.from}
          onChange={(event) => set({ from: event.target.value })}
          error={form.errors.fieldError('from')}
        />
        <TextField
          type="date"
          label="Tot en met"
          name="to"
          width="short"
          value={typed.to}
          onChange={(event) => set({ to: event.target.value })}
          error={form.errors.fieldError('to')}
        />
        <SelectField
          label="Activiteit"
          name="activityId"
          value={typed.activityId}
          onChange={(event) => set({ activityId: event.target.value })}
          options={[
            { value: '', label: 'Alle activiteiten' },
            ...(options?.activities ?? []).map((activity) => ({ value: activity.id, label: activity.name })),
          ]}
        />
        <SelectField
          label="Handeling"
          name="channel"
          value={typed.channel}
          onChange={(event) => set({ channel: event.target.value })}
          options={[
            { value: '', label: 'Alle handelingen' },
            ...(options?.channels ?? []).map((channel) => ({ value: channel, label: channel })),
          ]}
        />
        <TextField
          label="Record-id"
          name="recordId"
          hint="Het id van een casus, besluit of ander record."
          autoComplete="off"
          spellCheck={false}
          value={typed.recordId}
          onChange={(event) => set({ recordId: event.target.value })}
        />
        <SubjectLookup value={typed.subject} onChange={(subject) => set({ subject })} />
      </div>
      <div className="form__actions">
        <SubmitButton busy={false} busyLabel="Filteren…">
          Filteren
        </SubmitButton>
        {hasTypedFilter(applied) || hasTypedFilter(typed) ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setTyped(emptyTypedFilters)
              onApply(emptyTypedFilters)
            }}
          >
            Filters wissen
          </button>
        ) : null}
      </div>
    </form>
  )
}
