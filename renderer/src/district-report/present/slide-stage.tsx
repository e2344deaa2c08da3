import { type ReactNode, useRef } from 'react'
import { cx } from '../../lib/class-names'
import { STAGE, useStageScale } from './use-stage-scale'

interface SlideStageProps {
  children: ReactNode
  className?: string
  /** A thumbnail's or preview's content is read by its label, not twice, and nothing in it takes focus. */
  hidden?: boolean
}

/**
 * A 1280×720 stage, scaled with a CSS transform to fit its frame and centred
 * in it: the slide looks the same on a projector, a laptop and in a thumbnail.
 */
export function SlideStage({ children, className, hidden = false }: SlideStageProps) {
  const frame = useRef<HTMLDivElement>(null)
  const scale = useStageScale(frame)
  return (
    <div ref={frame} className={cx('stage-frame', className)} aria-hidden={hidden || undefined} inert={hidden}>
      <div
        className="stage"
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(-50%, -50%) scale(${String(scale)})`,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
      >
        {children}
      </div>
    </div>
  )
}
