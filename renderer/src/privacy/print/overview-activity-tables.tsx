import type { SubjectOverview } from '../../../../shared/contract/subject-overview.contract'
import { OverviewSection } from './overview-section'

type Intervention = SubjectOverview['interventions'][number]

const periodOf = (item: Intervention) =>
  item.startedOn ? `${item.startedOn}${item.endedOn ? ` – ${item.endedOn}` : ' – heden'}` : 'Nog niet begonnen'

export function OverviewInterventionsTable({ overview }: { overview: SubjectOverview }) {
  const internal = overview.version === 'intern'
  return (
    <OverviewSection
      id="interventies"
      title="Interventies"
      count={overview.interventions.length}
      empty="Er is geen interventie vastgelegd over de betrokkene of diens casussen."
      intro="De interventies van de partners tegen de betrokkene zelf of tegen een casus waarin de betrokkene is opgenomen."
    >
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">Interventie</th>
            <th scope="col">Casus</th>
            <th scope="col">Partner</th>
            <th scope="col">Status en periode</th>
            {internal ? <th scope="col">Resultaat</th> : null}
          </tr>
        </thead>
        <tbody>
          {overview.interventions.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                {item.kindLabel}: {item.subtypeLabel}
                <span className="doc-table__sub">{item.aboutSubject ? 'Tegen de betrokkene' : 'Tegen de casus'}</span>
              </th>
              <td className="doc-nowrap">{item.caseCode}</td>
              <td>{item.partner}</td>
              <td>
                {item.statusLabel}
                <span className="doc-table__sub">{periodOf(item)}</span>
              </td>
              {internal ? <td className="privacy-doc__text">{item.result || '—'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </OverviewSection>
  )
}

export function OverviewAccessTable({ overview }: { overview: SubjectOverview }) {
  const internal = overview.version === 'intern'
  return (
    <OverviewSection
      id="inzage"
      title="Inzage en gebruik"
      count={overview.accesses.length}
      empty="Het verwerkingenlog vermeldt geen inzage in of gebruik van de gegevens van de betrokkene."
      intro="Wanneer de gegevens van de betrokkene zijn ingezien of gebruikt, volgens het verwerkingenlog (Nederlandse tijd)."
    >
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">Moment</th>
            <th scope="col">Verwerking</th>
            {internal ? (
              <>
                <th scope="col">Medewerker</th>
                <th scope="col">Bewerking</th>
                <th scope="col">Opgegeven doel</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {overview.accesses.map((access, index) => (
            <tr key={index}>
              <td className="doc-nowrap">{access.at}</td>
              <td>{access.activity}</td>
              {internal ? (
                <>
                  <td>{access.user ?? '—'}</td>
                  <td className="doc-nowrap">{access.operation ?? '—'}</td>
                  <td>{access.purpose ?? '—'}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </OverviewSection>
  )
}
