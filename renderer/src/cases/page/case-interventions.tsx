import { useId, useState } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import type { Intervention } from '../../../../shared/contract/intervention.contract'
import { interventionKindLabels, interventionStatusLabels } from '../../../../shared/domain/intervention'
import type { ReferenceRow } from '../../../../shared/domain/reference'
import { ModalDialog } from '../../components/modal-dialog'
import { cx } from '../../lib/class-names'
import { shortDate } from '../../lib/dates'
import { formatEuro } from '../../lib/money'
import { announce } from '../../stores/announcer-store'
import { InterventionForm } from './intervention-form'

function period(intervention: Intervention): string {
  const { startedOn, endedOn } = intervention
  if (startedOn && endedOn) return `${shortDate(startedOn)} – ${shortDate(endedOn)}`
  if (startedOn) return `Vanaf ${shortDate(startedOn)}`
  if (endedOn) return `Tot ${shortDate(endedOn)}`
  return '—'
}

interface CaseInterventionsProps {
  detail: CaseDetail
  partners: readonly ReferenceRow<'partner'>[] | null
  onChanged: () => Promise<unknown>
}

/** What the partners do in this case, with the amounts involved. */
export function CaseInterventions({ detail, partners, onChanged }: CaseInterventionsProps) {
  const headingId = useId()
  const [editing, setEditing] = useState<{ intervention: Intervention | null } | null>(null)
  const interventions = detail.interventions
  const amounts = interventions.flatMap((intervention) =>
    intervention.amountCents === null ? [] : [intervention.amountCents],
  )
  const total = amounts.reduce((sum, cents) => sum + cents, 0)

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <div className="case-section__header">
        <h2 id={headingId} className="case-section__title">
          Interventies
        </h2>
        <button type="button" className="button button--secondary" onClick={() => setEditing({ intervention: null })}>
          Interventie toevoegen
        </button>
      </div>
      {interventions.length === 0 ? (
        <p className="muted">Er zijn nog geen interventies vastgelegd.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table interventions-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Interventie</th>
                <th scope="col">Partner</th>
                <th scope="col">Status</th>
                <th scope="col">Periode</th>
                <th scope="col" className="cell--numeric">
                  Bedrag
                </th>
                <th scope="col">Gericht op</th>
                <th scope="col">Resultaat</th>
                <th scope="col" className="cell--actions">
                  <span className="visually-hidden">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {interventions.map((intervention) => (
                <tr key={intervention.id}>
                  <td>
                    <span className="cell-title">{intervention.subtypeLabel}</span>
                    <span className="cell-sub">{interventionKindLabels[intervention.kind]}</span>
                  </td>
                  <td>{intervention.partner.shortName}</td>
                  <td>
                    <span className={cx('status-badge', `status-badge--${intervention.status}`)}>
                      {interventionStatusLabels[intervention.status]}
                    </span>
                  </td>
                  <td className="cell--nowrap">{period(intervention)}</td>
                  <td className="cell--numeric cell--nowrap">
                    {intervention.amountCents === null ? '—' : formatEuro(intervention.amountCents)}
                  </td>
                  <td>{intervention.subject?.title ?? '—'}</td>
                  <td className="cell--text">{intervention.result || '—'}</td>
                  <td className="cell--actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setEditing({ intervention })}
                    >
                      Wijzigen<span className="visually-hidden"> {intervention.subtypeLabel}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            {amounts.length > 0 ? (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    Totaal
                  </th>
                  <td className="cell--numeric cell--nowrap">{formatEuro(total)}</td>
                  <td colSpan={3} />
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      )}
      {editing && partners ? (
        <ModalDialog
          title={editing.intervention ? 'Interventie wijzigen' : 'Interventie toevoegen'}
          onClose={() => setEditing(null)}
        >
          {(close) => (
            <InterventionForm
              detail={detail}
              partners={partners}
              intervention={editing.intervention}
              onCancel={close}
              onSaved={(saved) => {
                close()
                void onChanged()
                announce(
                  editing.intervention
                    ? `De interventie ‘${saved.subtypeLabel}’ is gewijzigd.`
                    : `De interventie ‘${saved.subtypeLabel}’ is toegevoegd.`,
                )
              }}
            />
          )}
        </ModalDialog>
      ) : null}
    </section>
  )
}
