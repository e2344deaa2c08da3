import { useEffect, useId, useRef } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { cx } from '../../lib/class-names'
import { SlideView } from '../slide-view'
import { slidePosition } from './slide-counter'
import { SlideStage } from './slide-stage'

/** Thumbnails per row; ↑ and ↓ in the overview move by this many. */
export const OVERVIEW_COLUMNS = 4

interface SlideOverviewProps {
  report: DistrictReport
  /** The slide being presented. */
  current: number
  /** The thumbnail with focus; the arrow keys move it (see presentationReducer). */
  selected: number
  onChoose: (index: number) => void
}

/**
 * Every slide as a thumbnail, to jump to one. Each is a button named by its
 * number and title; focus follows the arrow keys, Enter shows the slide.
 */
export function SlideOverview({ report, current, selected, onChoose }: SlideOverviewProps) {
  const headingId = useId()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  useEffect(() => {
    buttons.current[selected]?.focus()
  }, [selected])

  return (
    <section className="slide-overview" aria-labelledby={headingId}>
      <h2 id={headingId} className="slide-overview__title">
        Overzicht van alle dia’s
      </h2>
      <p className="slide-overview__hint">Kies een dia met de pijltjestoetsen en Enter. Esc sluit het overzicht.</p>
      <ol className="slide-overview__grid" style={{ gridTemplateColumns: `repeat(${String(OVERVIEW_COLUMNS)}, 1fr)` }}>
        {report.slides.map((slide, index) => (
          <li key={slide.id}>
            <button
              ref={(element) => {
                buttons.current[index] = element
              }}
              type="button"
              className={cx('slide-thumbnail', index === current && 'slide-thumbnail--current')}
              tabIndex={index === selected ? 0 : -1}
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onChoose(index)}
            >
              <SlideStage className="slide-thumbnail__stage" hidden>
                <SlideView report={report} slide={slide} mode="print" />
              </SlideStage>
              <span className="slide-thumbnail__label">
                <span className="slide-thumbnail__number">{slidePosition(index, report.slides.length)}</span>
                <span className="slide-thumbnail__title">{slide.title}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
