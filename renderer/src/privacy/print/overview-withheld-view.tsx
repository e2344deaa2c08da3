import type { SubjectOverview } from '../../../../shared/contract/subject-overview.contract'

/**
 * The hand-out says what it leaves out and on which ground (AVG art. 15
 * lid 4, art. 23), so the subject knows what to object to; the internal
 * version lists the same parts with how much of each the hand-out omits.
 */
export function OverviewWithheldView({ overview }: { overview: SubjectOverview }) {
  const handOut = overview.version === 'verstrekking'
  return (
    <section className="doc-section" aria-labelledby="niet-verstrekt">
      <h2 id="niet-verstrekt">{handOut ? 'Niet verstrekte gegevens' : 'Wat de versie voor de betrokkene weglaat'}</h2>
      <p>
        {handOut
          ? 'De volgende categorieën gegevens zijn niet in dit overzicht opgenomen, op de vermelde grond.'
          : 'Deze categorieën ontbreken in de versie voor de betrokkene; tussen haakjes hoeveel het er voor deze betrokkene zijn.'}
      </p>
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">Categorie</th>
            <th scope="col">Reden</th>
            <th scope="col">Grond</th>
          </tr>
        </thead>
        <tbody>
          {overview.withheld.map((part) => (
            <tr key={part.id}>
              <th scope="row">
                {part.title}
                {part.count === null ? null : <span className="doc-table__sub">({part.count})</span>}
              </th>
              <td>{part.reason}</td>
              <td>{part.ground}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
