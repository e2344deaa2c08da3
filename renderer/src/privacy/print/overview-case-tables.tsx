import type { SubjectOverview } from '../../../../shared/contract/subject-overview.contract'
import { OverviewSection } from './overview-section'

type Involvement = SubjectOverview['cases'][number]['involvements'][number]

function periodText(involvement: Involvement): string {
  const opened = `vanaf ${involvement.openedOn} (${involvement.openedBy ? `besluit ${involvement.openedBy}` : 'voorstel, nog geen besluit'})`
  if (!involvement.closedOn) return opened
  return `${opened} tot ${involvement.closedOn}${involvement.closedBy ? ` (besluit ${involvement.closedBy})` : ''}`
}

export function OverviewCasesTable({ overview }: { overview: SubjectOverview }) {
  return (
    <OverviewSection
      id="casussen"
      title="Casussen"
      count={overview.cases.length}
      empty="De betrokkene is in geen enkele casus opgenomen."
      intro="De casussen waarin de betrokkene is of was opgenomen, met de periodes van betrokkenheid."
    >
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">Casus</th>
            <th scope="col">Tafel</th>
            <th scope="col">Fase</th>
            <th scope="col">Betrokken</th>
          </tr>
        </thead>
        <tbody>
          {overview.cases.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <span className="doc-nowrap">{item.code}</span>
                <span className="doc-table__sub">{item.alias}</span>
              </th>
              <td>{item.tableCode}</td>
              <td>{item.phase}</td>
              <td>
                {item.involvements.map((involvement, index) => (
                  <span key={index} className="privacy-doc__line">
                    {periodText(involvement)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </OverviewSection>
  )
}

export function OverviewDecisionsTable({ overview }: { overview: SubjectOverview }) {
  const withText = overview.version === 'intern'
  return (
    <OverviewSection
      id="besluiten"
      title="Besluiten"
      count={overview.decisions.length}
      empty="Er is geen besluit over de betrokkene genomen."
      intro="De besluiten van de OMT waarin de betrokkene wordt genoemd."
    >
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">Besluit</th>
            <th scope="col">Datum</th>
            <th scope="col">Casus</th>
            <th scope="col">Soort en gevolg</th>
            {withText ? <th scope="col">Tekst en motivering</th> : null}
          </tr>
        </thead>
        <tbody>
          {overview.decisions.map((decision) => (
            <tr key={decision.id}>
              <th scope="row" className="doc-nowrap">
                {decision.code}
                {decision.withdrawn ? <span className="doc-table__sub">Ingetrokken</span> : null}
              </th>
              <td className="doc-nowrap">{decision.decidedOn}</td>
              <td className="doc-nowrap">{decision.caseCode ?? '—'}</td>
              <td>
                {decision.typeLabel}
                {decision.changes.length > 0 ? (
                  <span className="doc-table__sub">Betrokkene {decision.changes.join(', ')}</span>
                ) : null}
              </td>
              {withText ? (
                <td className="privacy-doc__text">
                  {decision.text}
                  {decision.reason ? <span className="doc-table__sub">Motivering: {decision.reason}</span> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </OverviewSection>
  )
}
