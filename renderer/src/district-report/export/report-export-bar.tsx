import { useState } from 'react'
import type { ReportExportFormat, ReportRequest } from '../../../../shared/contract/district-report.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import './report-export-bar.css'

const buttons: { format: ReportExportFormat; label: string }[] = [
  { format: 'slides-pdf', label: 'Dia’s als PDF' },
  { format: 'handout-pdf', label: 'Hand-out als PDF' },
  { format: 'csv', label: 'Cijfers als CSV' },
  { format: 'xlsx', label: 'Cijfers als Excel' },
  { format: 'package', label: 'Rapportbestand' },
]

interface SaveState {
  busy: ReportExportFormat | null
  saved: string | null
  error: string | null
}

/**
 * Saves the report shown: the slides and the hand-out as PDF, the figures as
 * CSV or Excel, or the report package for another laptop. One save at a
 * time; the outcome is announced in the status line under the buttons.
 */
export function ReportExportBar({ request, empty }: { request: ReportRequest; empty: boolean }) {
  const { run: saveReport } = useVaultMutation('districtReport:save')
  const [state, setState] = useState<SaveState>({ busy: null, saved: null, error: null })
  const save = (format: ReportExportFormat) => {
    if (state.busy || empty) return
    setState({ busy: format, saved: null, error: null })
    saveReport({ ...request, format }).then(
      (result) =>
        setState({ busy: null, saved: result.saved ? `Opgeslagen als ‘${result.fileName}’.` : null, error: null }),
      (error: unknown) => setState({ busy: null, saved: null, error: messageOf(error) }),
    )
  }
  return (
    <section className="report-export" aria-labelledby="report-export-heading">
      <h2 id="report-export-heading" className="report-export__heading">
        Opslaan
      </h2>
      <div className="report-export__buttons" role="group" aria-labelledby="report-export-heading">
        {buttons.map(({ format, label }, index) => (
          <button
            key={format}
            type="button"
            className={`button ${index === 0 ? 'button--primary' : 'button--secondary'}`}
            aria-busy={state.busy === format || undefined}
            aria-disabled={empty || undefined}
            onClick={() => save(format)}
          >
            {state.busy === format ? (
              <>
                <span className="spinner" aria-hidden="true" />
                Bezig met opslaan…
              </>
            ) : (
              label
            )}
          </button>
        ))}
      </div>
      {empty ? (
        <p className="muted">Er is nog niets te exporteren: dit bereik heeft in deze periode geen casussen.</p>
      ) : null}
      <StatusNote message={state.saved} />
      <FormAlert message={state.error} />
    </section>
  )
}
