import { useEffect, useRef } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { SlideView } from '../slide-view'
import { NoteEditor } from './note-editor'
import { presentationAction } from './presentation-keys'
import type { PresentationLayer } from './presentation-keys'
import { PresenterTimer } from './presenter-timer-view'
import { slidePosition } from './slide-counter'
import { SlideStage } from './slide-stage'

interface PresenterViewProps {
  report: DistrictReport
  index: number
  layer: PresentationLayer
  notesEditable: boolean
  onGo: (to: 'next' | 'previous' | 'first' | 'last') => void
  onNoteSaved: (slideId: string, text: string) => void
}

const layerNote: Record<PresentationLayer, string | null> = {
  slide: null,
  overview: 'Het publiek ziet nu het overzicht van alle dia’s.',
  blank: 'Het publiek ziet nu een zwart scherm.',
}

/**
 * What only the presenter sees: the slide on the screen, the next one, its
 * notes, the time and where they are. The arrow keys, Space and Page Up/Down
 * step the presentation from here too, except while typing a note.
 */
export function PresenterView({ report, index, layer, notesEditable, onGo, onNoteSaved }: PresenterViewProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const count = report.slides.length
  const slide = report.slides[index]
  const next = report.slides[index + 1]

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target
      if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return
      if (target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return
      const action = presentationAction(event, 'slide')
      if (action?.type !== 'go') return
      event.preventDefault()
      onGo(action.to)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onGo])

  return (
    <div className="presenter">
      <header className="presenter__header">
        <div className="presenter__title">
          <h1 ref={heading} tabIndex={-1} className="presenter__heading">
            Presentatorweergave
          </h1>
          <p className="presenter__subtitle">
            {report.scopeLabel} · {report.period.label}
          </p>
        </div>
        <p className="presenter__position" data-testid="presenter-position">
          {slidePosition(index, count)}
        </p>
        <PresenterTimer />
        <div className="presenter__steps">
          <button type="button" className="button button--secondary" onClick={() => onGo('previous')}>
            Vorige dia
          </button>
          <button type="button" className="button button--primary" onClick={() => onGo('next')}>
            Volgende dia
          </button>
        </div>
      </header>
      {layerNote[layer] ? <p className="notice notice--info presenter__layer">{layerNote[layer]}</p> : null}
      <main className="presenter__main">
        <section className="presenter__current" aria-labelledby="presenter-current">
          <h2 id="presenter-current" className="presenter__pane-title">
            Nu: {slide?.title ?? '—'}
          </h2>
          {slide ? (
            <SlideStage className="presenter__stage" hidden>
              <SlideView report={report} slide={slide} mode="print" />
            </SlideStage>
          ) : null}
        </section>
        <section className="presenter__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next" className="presenter__pane-title">
            {next ? `Volgende: ${next.title}` : 'Dit is de laatste dia.'}
          </h2>
          {next ? (
            <SlideStage className="presenter__stage presenter__stage--next" hidden>
              <SlideView report={report} slide={next} mode="print" />
            </SlideStage>
          ) : null}
        </section>
        <section className="presenter__notes" aria-label="Sprekersnotitie">
          {slide && notesEditable ? (
            <NoteEditor
              key={slide.id}
              report={report}
              slideId={slide.id}
              label={`Sprekersnotitie bij dia ${String(index + 1)}`}
              initial={report.notes[slide.id] ?? ''}
              rows={12}
              onSaved={(text) => onNoteSaved(slide.id, text)}
            />
          ) : slide ? (
            <>
              <h2 className="presenter__pane-title">Sprekersnotitie</h2>
              <p className="presenter__note-text">{report.notes[slide.id] || 'Geen notitie bij deze dia.'}</p>
            </>
          ) : null}
        </section>
      </main>
    </div>
  )
}
