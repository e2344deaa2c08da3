import { type PDFDocumentProxy, type PDFPageProxy, type RenderTask, TextLayer } from 'pdfjs-dist'
import { useEffect, useRef, useState } from 'react'
import type { PageSize } from './pdf-document'

/** Beyond this many canvas pixels a page is drawn less sharply instead of exhausting memory at high zoom. */
const MAX_CANVAS_PIXELS = 16_777_216

interface PdfPageProps {
  document: PDFDocumentProxy
  number: number
  count: number
  size: PageSize
  /** CSS pixels per PDF unit: fit to width times the zoom. */
  scale: number
  /** The scroll container: pages are drawn only when they come near its view. */
  root: HTMLElement
}

/** Draws only when near the view, so a long PDF opens at once; a page far away again gives its memory back (see PdfPage). */
function useNearView(root: HTMLElement) {
  const box = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      root,
      rootMargin: '100% 0px',
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [root])
  return { box, near }
}

function isCancellation(failure: unknown): boolean {
  return (
    failure instanceof Error && (failure.name === 'RenderingCancelledException' || failure.name === 'AbortException')
  )
}

/**
 * One page: pdf.js draws it on a canvas at the device's pixel ratio, and lays
 * its text over it in transparent spans, so text can be selected and a screen
 * reader can read it.
 */
export function PdfPage({ document, number, count, size, scale, root }: PdfPageProps) {
  const { box, near } = useNearView(root)
  const canvas = useRef<HTMLCanvasElement>(null)
  const text = useRef<HTMLDivElement>(null)
  /** The pdf.js page last drawn here, until it is cleaned up again. */
  const drawn = useRef<PDFPageProxy | null>(null)
  const [broken, setBroken] = useState(false)

  useEffect(() => {
    const target = canvas.current
    const textBox = text.current
    if (!target || !textBox) return
    if (!near) {
      // The render task was cancelled when `near` changed. pdf.js keeps a page's decoded images and operator list
      // until cleanup() is called (deferred by pdf.js while a render is still winding down); a zero-sized canvas
      // gives back its pixels.
      drawn.current?.cleanup()
      drawn.current = null
      target.width = 0
      target.height = 0
      return
    }
    let cancelled = false
    let rendering: RenderTask | null = null
    let textLayer: TextLayer | null = null
    const draw = async () => {
      const page = await document.getPage(number)
      if (cancelled) return
      drawn.current = page
      const viewport = page.getViewport({ scale })
      const ratio = Math.min(
        window.devicePixelRatio || 1,
        Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)),
      )
      target.width = Math.floor(viewport.width * ratio)
      target.height = Math.floor(viewport.height * ratio)
      rendering = page.render({ canvas: target, viewport, transform: [ratio, 0, 0, ratio, 0, 0] })
      textBox.replaceChildren()
      textBox.style.setProperty('--total-scale-factor', String(viewport.scale * viewport.userUnit))
      textLayer = new TextLayer({
        textContentSource: page.streamTextContent({ includeMarkedContent: true }),
        container: textBox,
        viewport,
      })
      await Promise.all([rendering.promise, textLayer.render()])
    }
    draw().then(
      () => setBroken(false),
      (failure: unknown) => !cancelled && !isCancellation(failure) && setBroken(true),
    )
    return () => {
      cancelled = true
      rendering?.cancel()
      textLayer?.cancel()
    }
  }, [document, number, scale, near])

  const label = `Pagina ${String(number)} van ${String(count)}`
  return (
    <div
      ref={box}
      className="pdf-view__page"
      role="group"
      aria-label={label}
      style={{ width: size.width * scale, height: size.height * scale }}
    >
      <canvas ref={canvas} className="pdf-view__canvas" aria-hidden="true" />
      <div ref={text} className="textLayer" />
      {broken ? <p className="pdf-view__page-problem">Deze pagina kan niet worden getoond.</p> : null}
    </div>
  )
}
