import { combineReports } from '../../../../shared/domain/combine-reports'
import type { OpenedPackage } from '../../stores/package-store'
import { PresentTools } from '../present/present-tools'
import { CombinedFigureTable } from './combined-figure-table'

/** Several district packages side by side, with region totals from the shown values only. */
export function RegionalView({ packages }: { packages: OpenedPackage[] }) {
  const result = combineReports(packages.map((entry) => entry.report))
  return (
    <>
      {result.ok ? (
        <>
          <div className="notice report-view__head">
            <p className="notice__title">
              Regio uit {packages.length} districten, {result.combined.periodLabel}
            </p>
            <p>{result.combined.disclaimer}</p>
            <p className="muted">
              Een regiototaal telt alleen de getoonde aantallen op. Staat er “≥”, dan is in een district een klein
              aantal verborgen en is het totaal minstens zo groot.
            </p>
          </div>
          {result.combined.figures.map((figure) => (
            <section key={figure.id} className="report-slide" aria-label={figure.title}>
              <CombinedFigureTable figure={figure} districts={result.combined.districts} />
            </section>
          ))}
        </>
      ) : (
        <p role="alert" className="alert alert--error">
          {result.message}
        </p>
      )}
      <section className="report-slide" aria-labelledby="per-district">
        <h2 id="per-district" className="report-slide__title">
          Per district presenteren
        </h2>
        <ul className="package-list">
          {packages.map((entry) => (
            <li key={entry.fileName}>
              <h3 className="package-list__title">{entry.report.scopeLabel}</h3>
              <p className="muted">{entry.fileName}</p>
              <PresentTools
                report={entry.report}
                notesEditable={false}
                presentLabel={`${entry.report.scopeLabel} presenteren`}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
