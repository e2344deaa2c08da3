import { useId } from 'react'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormAlert } from '../../components/form-alert'
import { shortDate } from '../../lib/dates'

/** Two or more extensions are called out: the Raad van State warned against extending retention as a routine. */
export const REPEATED_EXTENSIONS = 2

/** Every recorded extension of the case's retention: the decision, its date, and from which date to which. */
export function CaseRetentionExtensions({ caseId, version }: { caseId: string; version: string }) {
  const headingId = useId()
  const extensions = useVaultQuery('retention:extensions', { caseId }, { version })
  const rows = extensions.data?.rows ?? null
  return (
    <section className="case-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="case-section__title">
        Verlengingen van de bewaartermijn
      </h2>
      <FormAlert message={extensions.error} />
      {rows === null ? null : rows.length === 0 ? (
        <p className="muted">De bewaartermijn is niet verlengd. Verlengen gaat alleen met een besluit van de OMT.</p>
      ) : (
        <>
          {rows.length >= REPEATED_EXTENSIONS ? (
            <div className="notice notice--warning">
              <p className="notice__title">De bewaartermijn is {rows.length} keer verlengd</p>
              <p>
                De Raad van State waarschuwt tegen het routinematig verlengen van bewaartermijnen. Verleng alleen als de
                OMT voor deze casus opnieuw heeft vastgesteld dat de gegevens nodig zijn, en leg vast waarom.
              </p>
            </div>
          ) : null}
          <div className="table-wrap">
            <table className="data-table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">Datum besluit</th>
                  <th scope="col">Bewaartermijn</th>
                  <th scope="col">Besluit</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.decisionId}>
                    <td>{shortDate(row.decidedOn)}</td>
                    <td>
                      {shortDate(row.from)} → {shortDate(row.to)}
                    </td>
                    <td>{row.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
