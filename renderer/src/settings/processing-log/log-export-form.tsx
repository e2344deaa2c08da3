import { useRef, useState } from 'react'
import type { LogExportFormat, LogFilters } from '../../../../shared/contract/processing-log.contract'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'

const formatLabels: Record<LogExportFormat, string> = { csv: 'CSV', json: 'JSON' }
const PURPOSE_MISSING = 'Geef het doel van deze export.'

/**
 * Exports what the table shows (the applied filters) to a file the user
 * chooses. The export leaves the vault with subject ids in it, so it asks
 * why, and the log records that purpose with the export.
 */
export function LogExportForm({ filters }: { filters: LogFilters }) {
  const save = useVaultMutation('processing-log:export')
  const [purpose, setPurpose] = useState('')
  const [done, setDone] = useState<string | null>(null)
  // Which of the two submit buttons was pressed; Enter in the purpose field presses the first.
  const format = useRef<LogExportFormat>('csv')
  const form = useFormSubmit(
    async () => {
      setDone(null)
      const chosen = format.current
      const result = await save.run({ filters, format: chosen, purpose })
      setDone(
        result.saved
          ? `Opgeslagen als ${result.fileName} (${String(result.count)} ${result.count === 1 ? 'regel' : 'regels'}, ${formatLabels[chosen]}).`
          : 'Niets opgeslagen: het opslaan is afgebroken.',
      )
    },
    { staysOpen: true, check: () => (purpose.trim() === '' ? { purpose: PURPOSE_MISSING } : {}) },
  )
  const button = (kind: LogExportFormat, variant: string) => (
    <button
      type="submit"
      className={`button button--${variant}`}
      aria-busy={(form.busy && format.current === kind) || undefined}
      onClick={() => {
        format.current = kind
      }}
    >
      Exporteren als {formatLabels[kind]}
    </button>
  )
  return (
    <form {...form.props} className="log-export" aria-label="Verwerkingenlog exporteren">
      <FormAlert message={form.errors.message} />
      <TextField
        label="Doel van de export"
        name="purpose"
        hint="Bijvoorbeeld: controle door de functionaris gegevensbescherming. Het doel komt in het log."
        autoComplete="off"
        maxLength={500}
        value={purpose}
        onChange={(event) => setPurpose(event.target.value)}
        error={form.errors.fieldError('purpose')}
      />
      <div className="form__actions">
        {button('csv', 'primary')}
        {button('json', 'secondary')}
      </div>
      <StatusNote message={done} />
    </form>
  )
}
