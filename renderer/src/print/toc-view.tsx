import type { TocEntry } from '../../../shared/contract/export.contract'

/**
 * The table of contents of long minutes. Page numbers were measured on an
 * earlier print of the same document (db/exports/print-pdf.ts); the links
 * become links inside the PDF.
 */
export function TocView({ entries, pages }: { entries: readonly TocEntry[]; pages: readonly number[] }) {
  return (
    <nav className="doc-toc" aria-labelledby="doc-toc-titel">
      <h2 id="doc-toc-titel" className="doc-toc__title">
        Inhoud
      </h2>
      <ol className="doc-toc__list">
        {entries.map((entry, index) => (
          <li key={entry.anchor} className={`doc-toc__entry doc-toc__entry--${String(entry.level)}`}>
            <a href={`#${entry.anchor}`}>
              <span className="doc-toc__label">{entry.label}</span>
              <span className="doc-toc__leader" aria-hidden="true" />
              <span className="doc-toc__page">
                <span className="visually-hidden">pagina </span>
                {pages[index] ?? ''}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
