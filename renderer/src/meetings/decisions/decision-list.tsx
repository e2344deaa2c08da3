import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { ModalDialog } from '../../components/modal-dialog'
import { announce } from '../../stores/announcer-store'
import { CorrectDecisionForm } from './correct-decision-form'
import { DecisionHistory } from './decision-history'
import { noteDecisionWrite } from './decision-writes'
import { effectText } from './effect-text'
import { ReviseAdopted } from './revise-adopted'
import { WithdrawDecisionForm } from './withdraw-decision-form'
import './decisions.css'

type Dialog = { kind: 'corrigeren' | 'intrekken'; decision: Decision }

/** The newer of what the screen passed and what this list changed itself since. */
function newest(passed: Decision, changed: Decision | undefined): Decision {
  return changed && changed.updatedAt >= passed.updatedAt ? changed : passed
}

interface DecisionListProps {
  decisions: Decision[]
  /** Whether the meeting's minutes are adopted: then a decision is revised by a new one, not corrected. */
  adopted: boolean
  /** Called after a correction or withdrawal, for a screen that reloads what the decision changed (the case's phase). */
  onChanged?: () => void
}

/**
 * The decisions of an item, newest last, with their effect in words. While
 * the minutes are concept a decision can be corrected or withdrawn; once they
 * are adopted, only revised by a new decision in a later meeting.
 */
export function DecisionList({ decisions, adopted, onChanged }: DecisionListProps) {
  const [changed, setChanged] = useState<Record<string, Decision>>({})
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [open, setOpen] = useState<{ id: string; panel: 'geschiedenis' | 'herzien' } | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const focusAfter = useRef<string | null>(null)

  useEffect(() => {
    const id = focusAfter.current
    if (!id) return
    focusAfter.current = null
    listRef.current?.querySelector<HTMLElement>(`[data-decision-id="${id}"] .decision-entry__summary`)?.focus()
  })

  if (decisions.length === 0) return null

  const done = (decision: Decision, message: string) => {
    setChanged((previous) => ({ ...previous, [decision.id]: decision }))
    // The buttons that opened the dialog may be gone (a withdrawn decision has none): the decision itself takes focus.
    focusAfter.current = decision.id
    announce(message)
    noteDecisionWrite()
    onChanged?.()
  }
  const toggle = (id: string, panel: 'geschiedenis' | 'herzien') =>
    setOpen((previous) => (previous?.id === id && previous.panel === panel ? null : { id, panel }))

  return (
    <>
      <ul ref={listRef} className="decision-list">
        {decisions.map((passed) => {
          const decision = newest(passed, changed[passed.id])
          const effect = effectText(decision.effect)
          const withdrawn = decision.status === 'ingetrokken'
          const panelId = `decision-panel-${decision.id}`
          const panel = open?.id === decision.id ? open.panel : null
          const hidden = <span className="visually-hidden"> besluit {decision.code}</span>
          return (
            <li
              key={decision.id}
              data-decision-id={decision.id}
              className={withdrawn ? 'decision-entry is-withdrawn' : 'decision-entry'}
            >
              <p className="decision-entry__summary" tabIndex={-1}>
                <strong>{decision.code}</strong> {decision.typeLabel}
                {decision.case ? ` – ${decision.case.code} ${decision.case.alias}` : ''}
                {effect ? `: ${effect}` : ''}
                {withdrawn ? <span className="badge badge--muted decision-entry__badge">Ingetrokken</span> : null}
                {decision.correctionCount > 0 && !withdrawn ? (
                  <span className="badge badge--muted decision-entry__badge">Gecorrigeerd</span>
                ) : null}
              </p>
              {decision.refersTo ? (
                <p className="decision-entry__refers">Verwijst naar {decision.refersTo.code}</p>
              ) : null}
              {decision.text ? <span className="decision-list__text">{decision.text}</span> : null}
              <div className="decision-entry__actions">
                {!adopted && !withdrawn ? (
                  <>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setDialog({ kind: 'corrigeren', decision })}
                    >
                      Corrigeren{hidden}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setDialog({ kind: 'intrekken', decision })}
                    >
                      Intrekken{hidden}
                    </button>
                  </>
                ) : null}
                {adopted && !withdrawn ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={panel === 'herzien'}
                    aria-controls={panel === 'herzien' ? panelId : undefined}
                    onClick={() => toggle(decision.id, 'herzien')}
                  >
                    Nieuw besluit hierover{hidden}
                  </button>
                ) : null}
                {decision.correctionCount > 0 ? (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-expanded={panel === 'geschiedenis'}
                    aria-controls={panel === 'geschiedenis' ? panelId : undefined}
                    onClick={() => toggle(decision.id, 'geschiedenis')}
                  >
                    Geschiedenis{hidden}
                  </button>
                ) : null}
              </div>
              {panel === 'geschiedenis' ? (
                <div id={panelId} className="decision-entry__panel">
                  <DecisionHistory id={decision.id} code={decision.code} version={decision.updatedAt} />
                </div>
              ) : null}
              {panel === 'herzien' ? <ReviseAdopted id={panelId} decision={decision} /> : null}
            </li>
          )
        })}
      </ul>
      {dialog
        ? createPortal(
            <ModalDialog
              title={`Besluit ${dialog.decision.code} ${dialog.kind === 'corrigeren' ? 'corrigeren' : 'intrekken'}`}
              onClose={() => setDialog(null)}
            >
              {(close) =>
                dialog.kind === 'corrigeren' ? (
                  <CorrectDecisionForm
                    decision={dialog.decision}
                    onCancel={close}
                    onCorrected={(decision) => {
                      close()
                      const effect = effectText(decision.effect)
                      done(
                        decision,
                        `Besluit ${decision.code} is gecorrigeerd: ${decision.typeLabel}${effect ? `, ${effect}` : ''}.`,
                      )
                    }}
                  />
                ) : (
                  <WithdrawDecisionForm
                    decision={dialog.decision}
                    onCancel={close}
                    onWithdrawn={(decision) => {
                      close()
                      done(
                        decision,
                        `Besluit ${decision.code} is ingetrokken; wat het veranderde is ongedaan gemaakt. Het nummer blijft bezet.`,
                      )
                    }}
                  />
                )
              }
            </ModalDialog>,
            document.body,
          )
        : null}
    </>
  )
}
