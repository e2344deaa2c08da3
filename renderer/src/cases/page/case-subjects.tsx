import { useId, useRef, useState } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormAlert } from '../../components/form-alert'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { ModalDialog } from '../../components/modal-dialog'
import { cx } from '../../lib/class-names'
import { announce } from '../../stores/announcer-store'
import { hrefFor } from '../../stores/route-store'
import { InvolvementPeriods } from '../../subjects/involvement-periods'
import { subjectIdText, subjectKindText } from '../../subjects/subject-facts'
import { caseRoutes } from '../../register/case-routes'
import { SubjectLinkForm } from './subject-link-form'

type CaseSubject = CaseDetail['subjects'][number]

interface CaseSubjectsProps {
  detail: CaseDetail
  closed: boolean
  onChanged: () => Promise<unknown>
}

/** Who and what the case is about, with every period of involvement; the OMT decides, the page proposes. */
export function CaseSubjects({ detail, closed, onChanged }: CaseSubjectsProps) {
  const caseUnlinkSubject = useVaultMutation('case:unlink-subject')
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [adding, setAdding] = useState(false)
  const [withdrawing, setWithdrawing] = useState<{ entry: CaseSubject; involvementId: string } | null>(null)
  const [error, setError] = useState<string | null>(null)

  const withdraw = async (involvementId: string, title: string) => {
    setError(null)
    try {
      await caseUnlinkSubject.run({ involvementId })
      await onChanged()
      // The row and its button may be gone: focus lands on the section instead.
      headingRef.current?.focus()
      announce(`Het voorstel om ‘${title}’ toe te voegen is ingetrokken.`)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <div className="case-section__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="case-section__title">
          Subjecten en objecten
        </h2>
        {closed ? null : (
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            Subject of object toevoegen
          </button>
        )}
      </div>
      <p className="section-note">
        Welke subjecten en objecten bij de casus horen, beslist de OMT. Wat hier wordt toegevoegd, wacht op dat besluit.
      </p>
      <FormAlert message={error} />
      {detail.subjects.length === 0 ? (
        <p className="muted">Er zijn nog geen subjecten of objecten aan deze casus gekoppeld.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Naam of omschrijving</th>
                <th scope="col">Soort</th>
                <th scope="col">Gegevens</th>
                <th scope="col">Betrokken</th>
                <th scope="col" className="cell--actions">
                  <span className="visually-hidden">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.subjects.map((entry) => {
                const pending = entry.involvements.find((period) => period.pendingDecision)
                return (
                  <tr key={entry.subject.id} className={cx(!entry.involved && 'is-archived')}>
                    <td>
                      <a href={hrefFor(caseRoutes.subject(entry.subject.id))}>{entry.subject.title}</a>
                      {entry.involved ? null : <span className="cell-sub">Niet meer betrokken</span>}
                    </td>
                    <td>{subjectKindText(entry.subject)}</td>
                    <td>{subjectIdText(entry.subject) || '—'}</td>
                    <td>
                      <InvolvementPeriods involvements={entry.involvements} />
                    </td>
                    <td className="cell--actions">
                      {pending ? (
                        <button
                          type="button"
                          className="button button--quiet button--small"
                          onClick={() => setWithdrawing({ entry, involvementId: pending.id })}
                        >
                          Voorstel intrekken<span className="visually-hidden"> {entry.subject.title}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <ModalDialog title="Subject of object toevoegen" onClose={() => setAdding(false)}>
          {(close) => (
            <SubjectLinkForm
              detail={detail}
              onCancel={close}
              onLinked={(title) => {
                close()
                void onChanged()
                announce(`‘${title}’ is aan casus ${detail.code} toegevoegd en wacht op een besluit van de OMT.`)
              }}
            />
          )}
        </ModalDialog>
      ) : null}
      {withdrawing ? (
        <ConfirmDialog
          title="Voorstel intrekken"
          confirmLabel="Voorstel intrekken"
          onConfirm={() => void withdraw(withdrawing.involvementId, withdrawing.entry.subject.title)}
          onClose={() => setWithdrawing(null)}
        >
          <p>
            ‘{withdrawing.entry.subject.title}’ wordt niet meer voorgesteld voor casus {detail.code}. Het subject of
            object zelf blijft bewaard
            {withdrawing.entry.involvements.length > 1 ? ', net als de eerdere betrokkenheid' : ''}.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
