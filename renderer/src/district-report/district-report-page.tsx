import { useState } from 'react'
import type { ReportOptions } from '../../../shared/contract/district-report.contract'
import { useVaultQuery } from '../api/use-vault-query'
import { PageHeading } from '../components/page-heading'
import { PageUnavailable } from '../components/page-unavailable'
import { PresentTools } from './present/present-tools'
import { checkPeriod, choiceOf, CUSTOM_PERIOD, periodOfChoice, scopeOfValue, scopeValue } from './report-choice'
import { ReportExportBar } from './export/report-export-bar'
import { ReportControls, type ReportSelection } from './report-controls'
import { ReportView } from './report-view'
import './district-report.css'

/** Voortgangsrapportage: the accountmanager's half-year figures for the region, a district or one table. */
export function DistrictReportPage() {
  const options = useVaultQuery('districtReport:options', {})
  if (!options.data) {
    return options.error ? (
      <PageUnavailable view={{ state: 'failed', heading: 'Voortgangsrapportage', message: options.error }} />
    ) : (
      <PageUnavailable view={{ state: 'loading', text: 'De voortgangsrapportage wordt geladen…' }} />
    )
  }
  return <DistrictReportScreen options={options.data} />
}

function initialSelection(options: ReportOptions): ReportSelection {
  const first = options.scopes[0]
  return {
    scope: first ? scopeValue(first.scope) : '',
    period: choiceOf(options.defaultPeriod),
    from: options.defaultPeriod.from,
    to: options.defaultPeriod.to,
  }
}

function DistrictReportScreen({ options }: { options: ReportOptions }) {
  const [selection, setSelection] = useState(() => initialSelection(options))
  const scope = scopeOfValue(options, selection.scope)
  const half = periodOfChoice(selection.period)
  const check = selection.period === CUSTOM_PERIOD ? checkPeriod(selection.from, selection.to) : null
  const period = half ?? (check?.ok ? check.period : null)
  const request = scope && period ? { scope, period } : null
  // The previous report stays up while the next one is computed, marked busy.
  const report = useVaultQuery('districtReport:get', request, { keepPrevious: true })

  return (
    <div className="page district-report">
      <PageHeading>Voortgangsrapportage</PageHeading>
      <p className="district-report__intro">
        De cijfers over de aanpak van ondermijning en de voortgang van casussen, voor de districtsbijeenkomst. Zonder
        personen of namen: kleine aantallen tonen als “&lt;5”.
      </p>
      <ReportControls
        options={options}
        selection={selection}
        errors={check && !check.ok ? check.errors : {}}
        onChange={setSelection}
      />
      {report.error ? (
        <p role="alert" className="alert alert--error">
          {report.error}
        </p>
      ) : null}
      {request && report.data ? (
        <div aria-busy={report.loading || undefined}>
          <PresentTools
            report={report.data}
            notesEditable
            onNoteSaved={(slideId, text) =>
              report.setData((shown) => ({ ...shown, notes: { ...shown.notes, [slideId]: text } }))
            }
          />
          <ReportExportBar request={request} empty={report.data.empty} />
          <ReportView report={report.data} />
        </div>
      ) : request && report.loading ? (
        <p className="muted" aria-busy="true">
          De cijfers worden berekend…
        </p>
      ) : null}
    </div>
  )
}
