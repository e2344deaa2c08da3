import { useEffect, useState } from 'react'
import { type LoadedPdf, openPdf } from './pdf-document'
import { PDF_FAILED } from './pdf-messages'

export type PdfState = { kind: 'opening' } | { kind: 'failed'; message: string } | ({ kind: 'open' } & LoadedPdf)

/** Opens the PDF while the view is there; closing the viewer ends the parse, the document and its worker. */
export function usePdfDocument(bytes: Uint8Array): PdfState {
  const [state, setState] = useState<PdfState>({ kind: 'opening' })
  useEffect(() => {
    let current = true
    const opened = openPdf(bytes)
    opened.loaded
      .then((loaded) => current && setState({ kind: 'open', ...loaded }))
      .catch(
        (failure: unknown) =>
          current && setState({ kind: 'failed', message: failure instanceof Error ? failure.message : PDF_FAILED }),
      )
    return () => {
      current = false
      opened.close()
    }
  }, [bytes])
  return state
}
