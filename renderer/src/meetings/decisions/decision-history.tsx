import { useMemo } from 'react'
import { closingReasonLabels } from '../../../../shared/domain/closing-reason'
import { decisionTypeInfo } from '../../../../shared/domain/decision-types'
import { useVaultQuery } from '../../api/use-vault-query'
import { longDate } from '../../lib/dates'
import { effectText } from './effect-text'

/**
 * The earlier versions of one decision, newest first: when it changed, why,
 * and what it said and did before. Who made a change is not recorded.
 */
export function DecisionHistory({ id, code, version }: { id: string; code: string; version: string }) {
  // A new version of the decision has a longer history: ask again.
  const { data, error } = useVaultQuery('decision:get', { id }, { version })
  const corrections = useMemo(() => (data ? [...data.corrections].sort((a, b) => b.seq - a.seq) : null), [data])

  if (error)
    return (
      <p role="alert" className="alert alert--error">
        {error}
      </p>
    )
  if (!corrections) return <p className="muted">De geschiedenis wordt geladen…</p>
  if (corrections.length === 0) return <p className="muted">Besluit {code} is niet gecorrigeerd of ingetrokken.</p>
  return (
    <ol className="decision-history" aria-label={`Geschiedenis van besluit ${code}`}>
      {corrections.map((correction) => {
        const effect = effectText(correction.previous.effect)
        return (
          <li key={correction.seq}>
            <p className="decision-history__what">
              <strong>{correction.kind === 'ingetrokken' ? 'Ingetrokken' : 'Gecorrigeerd'}</strong> op{' '}
              {longDate(correction.correctedAt)}. Reden: {correction.note}
            </p>
            <p className="decision-history__before">
              Daarvoor: {decisionTypeInfo[correction.previous.type].label}
              {correction.previous.caseCode ? `, casus ${correction.previous.caseCode}` : ''}
              {effect ? `; ${effect}` : ''}.
            </p>
            {correction.previous.text ? <p className="decision-history__text">‘{correction.previous.text}’</p> : null}
            {correction.previous.closingReason ? (
              <p className="decision-history__text">
                Reden van afsluiten: {closingReasonLabels[correction.previous.closingReason]}
              </p>
            ) : null}
            {correction.previous.reason ? (
              <p className="decision-history__text">Reden van het besluit: {correction.previous.reason}</p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
