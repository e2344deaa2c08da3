import type { SubjectOverview } from '../../../../shared/contract/subject-overview.contract'
import { overviewVersionLabels } from '../../../../shared/domain/subject-overview'
import { OverviewAccessTable, OverviewInterventionsTable } from './overview-activity-tables'
import { OverviewCasesTable, OverviewDecisionsTable } from './overview-case-tables'
import { OverviewWithheldView } from './overview-withheld-view'

/**
 * The answer to an inzageverzoek (AVG art. 15): everything the vault holds
 * about one subject, in the internal version or the one handed to the
 * subject. The hand-out's data arrives without the withheld parts already;
 * this view only leaves out their empty columns and says what is missing.
 */
export function OverviewPrintView({ overview }: { overview: SubjectOverview }) {
  const internal = overview.version === 'intern'
  return (
    <article className="doc privacy-doc" lang="nl">
      <header className="doc-head">
        <p className="doc-head__kicker">
          <span>Inzageverzoek · AVG artikel 15</span>
          {internal ? <span className="doc-mark">Vertrouwelijk</span> : null}
        </p>
        <h1 className="doc-title">Overzicht van verwerkte gegevens</h1>
        <p className="doc-subtitle">{overview.subject.title}</p>
        <table className="doc-facts">
          <tbody>
            <tr>
              <th scope="row">Verzoek</th>
              <td>{overview.purpose}</td>
            </tr>
            <tr>
              <th scope="row">Versie</th>
              <td>{overviewVersionLabels[overview.version]}</td>
            </tr>
            <tr>
              <th scope="row">Opgemaakt op</th>
              <td>{overview.producedOn}</td>
            </tr>
          </tbody>
        </table>
        {internal ? (
          <p className="doc-notice">
            Interne versie: bevat gegevens over anderen en over de werkwijze. Niet aan de betrokkene verstrekken.
          </p>
        ) : null}
      </header>
      <section className="doc-section" aria-labelledby="betrokkene">
        <h2 id="betrokkene">Gegevens van de betrokkene</h2>
        <table className="doc-facts privacy-doc__fields">
          <tbody>
            {overview.subject.facts.map((fact) => (
              <tr key={fact.label}>
                <th scope="row">{fact.label}</th>
                <td>{fact.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <OverviewCasesTable overview={overview} />
      <OverviewDecisionsTable overview={overview} />
      <OverviewInterventionsTable overview={overview} />
      <OverviewAccessTable overview={overview} />
      <OverviewWithheldView overview={overview} />
    </article>
  )
}
