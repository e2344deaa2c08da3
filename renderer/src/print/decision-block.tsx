import type { DecisionEntry } from '../../../shared/contract/export.contract'

/** One decision: number and type as its label, the text, and what it changed. */
export function DecisionBlock({ decision }: { decision: DecisionEntry }) {
  const details = [decision.caseLabel, decision.refersTo, ...decision.effects].filter(
    (line): line is string => line !== null,
  )
  return (
    <section className="doc-decision" aria-label={`Besluit ${decision.code}`}>
      <p className="doc-decision__label">
        <strong>Besluit {decision.code}</strong>
        <span className="doc-decision__type"> · {decision.typeLabel}</span>
        {decision.withdrawn ? <span className="doc-decision__withdrawn"> · Ingetrokken</span> : null}
      </p>
      <p className="doc-decision__text">{decision.text}</p>
      {decision.reason ? (
        <p className="doc-decision__reason">
          <strong>Reden:</strong> {decision.reason}
        </p>
      ) : null}
      {details.length > 0 ? (
        <ul className="doc-decision__effects">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
