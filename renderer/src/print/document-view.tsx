import { useEffect } from 'react'
import type { ExportModel } from '../../../shared/contract/export.contract'
import { AgendaView } from './agenda-view'
import { DecisionListView } from './decision-list-view'
import { DocumentHeadView } from './document-head-view'
import { MinutesView } from './minutes-view'
import { loadPrintFonts } from './print-fonts'
import './print.css'

/**
 * One exported document, the same markup in the app's preview and in the
 * print window. Real headings (h1 title, h2 sections and items, h3
 * sub-items) become the tagged PDF's structure and its outline.
 */
export function DocumentView({ model, tocPages }: { model: ExportModel; tocPages: readonly number[] | null }) {
  // The preview in the app shows the document in the font it will be printed in.
  useEffect(() => {
    void loadPrintFonts().catch(() => undefined)
  }, [])
  return (
    <article className="doc" lang="nl">
      {model.head.concept ? (
        <div className="doc-watermark" aria-hidden="true">
          CONCEPT
        </div>
      ) : null}
      <DocumentHeadView head={model.head} />
      {model.document === 'verslag' ? <MinutesView model={model} tocPages={tocPages} /> : null}
      {model.document === 'besluitenlijst' ? <DecisionListView model={model} /> : null}
      {model.document === 'agenda' ? <AgendaView model={model} /> : null}
    </article>
  )
}
