import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { SlideView } from '../slide-view'
import { presentationAction } from './presentation-keys'
import { newPresenterSession } from './presentation-session'
import { presentationReducer, startAt, type PresentationState } from './presentation-state'
import { PresentationControls } from './presentation-controls'
import { slideAnnouncement, slidePosition } from './slide-counter'
import { OVERVIEW_COLUMNS, SlideOverview } from './slide-overview'
import { SlideStage } from './slide-stage'
import { useFullscreen } from './use-fullscreen'
import { usePresentationBroadcast } from './use-presentation-broadcast'
import './present.css'

interface PresentationModeProps {
  report: DistrictReport
  startIndex?: number
  /** A report from the vault: notes can be edited in the presenter view. A package is read only. */
  notesEditable: boolean
  onNoteSaved: (slideId: string, text: string) => void
  onClose: (lastIndex: number) => void
}

/**
 * The slides in full screen, one at a time, driven by the keyboard (see
 * presentation-keys.ts), with an overview, a blank screen and a presenter
 * view in another window. Focus goes back where it came from on leaving.
 */
export function PresentationMode({
  report,
  startIndex = 0,
  notesEditable,
  onNoteSaved,
  onClose,
}: PresentationModeProps) {
  const count = report.slides.length
  const [state, dispatch] = useReducer(
    (now: PresentationState, action: Parameters<typeof presentationReducer>[1]) =>
      presentationReducer(now, action, count, OVERVIEW_COLUMNS),
    startAt(Math.min(Math.max(startIndex, 0), Math.max(count - 1, 0))),
  )
  const [session] = useState(newPresenterSession)
  const root = useRef<HTMLDivElement>(null)
  const indexRef = useRef(state.index)
  useEffect(() => {
    indexRef.current = state.index
  })
  const close = useCallback(() => onClose(indexRef.current), [onClose])
  useFullscreen(root, close)

  // The app beneath is inert while presenting, so Tab stays in the presentation; focus returns
  // to what opened it (the button), as after a dialog.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const app = document.getElementById('root')
    app?.setAttribute('inert', '')
    root.current?.focus()
    return () => {
      app?.removeAttribute('inert')
      opener?.focus()
    }
  }, [])
  // Leaving the overview returns focus to the stage, where the keys are heard.
  const layer = state.layer
  useEffect(() => {
    if (layer !== 'overview') root.current?.focus()
  }, [layer])

  usePresentationBroadcast(
    session,
    { report, index: state.index, layer: state.layer, notesEditable },
    { go: (to) => dispatch({ type: 'go', to }), noteSaved: onNoteSaved },
  )

  const onKeyDown = (event: React.KeyboardEvent) => {
    const action = presentationAction(event, state.layer)
    if (!action) return
    // A button with focus would otherwise also take Space or Enter as its click.
    event.preventDefault()
    if (action.type === 'leave') close()
    else dispatch(action)
  }

  const slide = report.slides[state.index]
  const announcement = slide ? slideAnnouncement(state.index, count, slide.title) : ''

  return createPortal(
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={`Presentatie: ${report.scopeLabel}, ${report.period.label}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {state.layer === 'overview' ? (
        <SlideOverview
          report={report}
          current={state.index}
          selected={state.selected}
          onChoose={(index) => dispatch({ type: 'show', index })}
        />
      ) : state.layer === 'blank' ? (
        <div className="presentation__blank" data-testid="blank-screen">
          <span className="visually-hidden">Zwart scherm. Druk op B om de dia weer te tonen.</span>
        </div>
      ) : slide ? (
        <SlideStage className="presentation__stage">
          <SlideView report={report} slide={slide} mode="screen" />
        </SlideStage>
      ) : (
        <p className="presentation__empty">Dit rapport heeft geen dia’s.</p>
      )}
      {state.layer === 'blank' ? null : (
        <PresentationControls
          position={slidePosition(state.index, count)}
          counter={`${String(state.index + 1)} / ${String(count)}`}
          session={session}
          overviewOpen={state.layer === 'overview'}
          onGo={(to) => dispatch({ type: 'go', to })}
          onOverview={() => dispatch({ type: 'toggle-overview' })}
          onLeave={close}
        />
      )}
      <div className="visually-hidden" aria-live="polite" data-testid="slide-announcement">
        {announcement}
      </div>
    </div>,
    document.body,
  )
}
