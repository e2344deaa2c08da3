import type { DocumentHead } from '../../../shared/contract/export.contract'

/** Title, subtitle and the facts of the meeting, as a definition table a screen reader reads in pairs. */
export function DocumentHeadView({ head }: { head: DocumentHead }) {
  return (
    <header className="doc-head">
      <p className="doc-head__kicker">
        <span>{head.kind}</span>
        {head.confidential ? <span className="doc-mark">Vertrouwelijk</span> : null}
        {head.concept ? <span className="doc-mark doc-mark--concept">Concept</span> : null}
      </p>
      <h1 className="doc-title">{head.heading}</h1>
      <p className="doc-subtitle">{head.subheading}</p>
      <table className="doc-facts">
        <tbody>
          {head.facts.map((fact) => (
            <tr key={fact.label}>
              <th scope="row">{fact.label}</th>
              <td>{fact.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {head.notice ? <p className="doc-notice">{head.notice}</p> : null}
    </header>
  )
}
