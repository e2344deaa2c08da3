import type { ReportOptions } from '../../../shared/contract/district-report.contract'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { CUSTOM_PERIOD, halfYearChoices, scopeValue } from './report-choice'

/** What the user chose, as the fields hold it: the own dates are kept while a half-year is chosen. */
export interface ReportSelection {
  scope: string
  /** A half-year ("2026-H1") or CUSTOM_PERIOD. */
  period: string
  from: string
  to: string
}

interface ReportControlsProps {
  options: ReportOptions
  selection: ReportSelection
  /** The contract's Dutch messages for own dates it refuses. */
  errors: { from?: string | undefined; to?: string | undefined }
  onChange: (selection: ReportSelection) => void
}

/** Scope and period of the report. The report follows every change; there is nothing to submit. */
export function ReportControls({ options, selection, errors, onChange }: ReportControlsProps) {
  const set = (change: Partial<ReportSelection>) => onChange({ ...selection, ...change })
  const custom = selection.period === CUSTOM_PERIOD
  const problem = custom ? (errors.to ?? errors.from ?? null) : null
  return (
    <div className="toolbar district-report__controls">
      <SelectField
        label="Voor"
        value={selection.scope}
        onChange={(event) => set({ scope: event.target.value })}
        options={options.scopes.map((option) => ({ value: scopeValue(option.scope), label: option.label }))}
      />
      <SelectField
        label="Periode"
        value={selection.period}
        onChange={(event) => set({ period: event.target.value })}
        options={[...halfYearChoices(options.earliest), { value: CUSTOM_PERIOD, label: 'Eigen periode (datums)' }]}
      />
      {custom ? (
        <>
          <TextField
            label="Van"
            name="from"
            type="date"
            width="medium"
            value={selection.from}
            onChange={(event) => set({ from: event.target.value })}
            error={errors.from}
          />
          <TextField
            label="Tot en met"
            name="to"
            type="date"
            width="medium"
            value={selection.to}
            onChange={(event) => set({ to: event.target.value })}
            error={errors.to}
          />
        </>
      ) : null}
      {/* The field shows the message; this says it aloud when it appears, as a field's own text is not announced. */}
      <div role="alert" className="visually-hidden">
        {problem}
      </div>
    </div>
  )
}
