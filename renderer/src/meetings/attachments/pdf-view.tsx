import { useEffect, useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import type { PageSize } from './pdf-document'
import { PdfPage } from './pdf-page'
import { usePdfDocument } from './use-pdf-document'
import './pdf-view.css'

/** Zoom as a factor of "fit to width"; 1 is where a PDF opens. */
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3]
const FIT = ZOOM_STEPS.indexOf(1)
/** The page's margin inside the scroll box, on each side (CSS: .pdf-view__pages padding). */
const GUTTER = 16

/** The width the scroll box offers its pages, followed as the window is resized. */
function useAvailableWidth(box: HTMLElement | null): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    if (!box) return
    const observer = new ResizeObserver(() => setWidth(Math.max(box.clientWidth - 2 * GUTTER, 100)))
    observer.observe(box)
    return () => observer.disconnect()
  }, [box])
  return width
}

/** The page at the top quarter of the view: what "Pagina n van m" reports while scrolling. */
function useCurrentPage(box: HTMLElement | null): number {
  const [current, setCurrent] = useState(1)
  useEffect(() => {
    if (!box) return
    const update = () => {
      const line = box.scrollTop + box.clientHeight / 4
      const pages = box.querySelectorAll<HTMLElement>('.pdf-view__page')
      const index = Array.from(pages).findIndex((page) => page.offsetTop + page.offsetHeight > line)
      setCurrent(index < 0 ? pages.length : index + 1)
    }
    box.addEventListener('scroll', update, { passive: true })
    return () => box.removeEventListener('scroll', update)
  }, [box])
  return current
}

interface ZoomButtonProps {
  label: string
  /** aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */
  unavailable: boolean
  onPress: () => void
}

function ZoomButton({ label, unavailable, onPress }: ZoomButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-disabled={unavailable}
      onClick={() => !unavailable && onPress()}
    >
      {label}
    </button>
  )
}

const fitScale = (size: PageSize, width: number) => width / size.width

/**
 * A PDF drawn by pdf.js inside Tafelwerk's own page, so no browser plugin is
 * needed: pages fit the viewer's width, drawn as they scroll into view, with
 * their text selectable and readable by a screen reader.
 */
export function PdfView({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  const pdf = usePdfDocument(bytes)
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  const [zoom, setZoom] = useState(FIT)
  const width = useAvailableWidth(box)
  const current = useCurrentPage(box)

  if (pdf.kind !== 'open') {
    return (
      <>
        <FormAlert message={pdf.kind === 'failed' ? pdf.message : null} />
        {pdf.kind === 'opening' ? <p className="muted">PDF wordt geopend…</p> : null}
      </>
    )
  }
  const count = pdf.pages.length
  const factor = ZOOM_STEPS[zoom] ?? 1
  return (
    <div className="pdf-view">
      <div className="pdf-view__toolbar">
        <div className="pdf-view__zoom" role="group" aria-label="Zoomen">
          <ZoomButton label="Uitzoomen" unavailable={zoom === 0} onPress={() => setZoom(zoom - 1)} />
          <ZoomButton label="Inzoomen" unavailable={zoom === ZOOM_STEPS.length - 1} onPress={() => setZoom(zoom + 1)} />
          <ZoomButton label="Passende breedte" unavailable={zoom === FIT} onPress={() => setZoom(FIT)} />
        </div>
        <p className="pdf-view__position">{`Pagina ${String(Math.min(current, count))} van ${String(count)}`}</p>
      </div>
      {/* Focusable, so the pages can be scrolled with the arrow keys, Page Up/Down, Home and End. */}
      <div ref={setBox} className="pdf-view__pages" role="region" aria-label={`PDF ${fileName}`} tabIndex={0}>
        {box && width > 0
          ? pdf.pages.map((size, index) => (
              <PdfPage
                key={index}
                document={pdf.document}
                number={index + 1}
                count={count}
                size={size}
                scale={fitScale(size, width) * factor}
                root={box}
              />
            ))
          : null}
      </div>
    </div>
  )
}
