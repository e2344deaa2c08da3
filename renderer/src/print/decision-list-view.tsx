import type { ExportModel } from '../../../shared/contract/export.contract'

type DecisionList = Extract<ExportModel, { document: 'besluitenlijst' }>

/** The decision list: one row per decision, in number order. */
export function DecisionListView({ model }: { model: DecisionList }) {
  if (model.decisions.length === 0) return <p>In deze vergadering zijn geen besluiten genomen.</p>
  return (
    <section className="doc-section" aria-labelledby="besluiten">
      <h2 id="besluiten">Besluiten</h2>
      <table className="doc-table doc-decisions">
        <thead>
          <tr>
            <th scope="col">Nummer</th>
            <th scope="col">Agendapunt</th>
            <th scope="col">Besluit</th>
          </tr>
        </thead>
        <tbody>
          {model.decisions.map((decision) => (
            <tr key={decision.code}>
              <th scope="row" className="doc-nowrap">
                {decision.code}
              </th>
              <td>{decision.itemLabel}</td>
              <td>
                <span className="doc-decisions__type">
                  {decision.typeLabel}
                  {decision.withdrawn ? <span className="doc-decision__withdrawn"> · Ingetrokken</span> : null}
                </span>
                <span className="doc-decisions__text">{decision.text}</span>
                {decision.reason ? (
                  <span className="doc-decisions__text">
                    <strong>Reden:</strong> {decision.reason}
                  </span>
                ) : null}
                {[decision.caseLabel, decision.refersTo, ...decision.effects]
                  .filter((line): line is string => line !== null)
                  .map((line) => (
                    <span key={line} className="doc-table__sub">
                      {line}
                    </span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
