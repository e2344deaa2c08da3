import type { ExportDocument, ExportFormat, ExportVariant } from './minutes-export'

/** What the secretary picks in the export toolbar; the vault refuses any other pairing. */
export const documentLabels: Record<ExportDocument, string> = {
  verslag: 'Verslag',
  besluitenlijst: 'Besluitenlijst',
  agenda: 'Agenda voor deelnemers',
}

export const variantsOf: Record<ExportDocument, readonly ExportVariant[]> = {
  verslag: ['volledig'],
  besluitenlijst: ['volledig', 'gepseudonimiseerd'],
  agenda: ['met-vertrouwelijk', 'vertrouwelijk-verborgen', 'zonder-vertrouwelijk'],
}

export const variantLabels: Record<ExportVariant, string> = {
  volledig: 'Volledig',
  gepseudonimiseerd: 'Gepseudonimiseerd (zonder namen van subjecten en objecten)',
  'met-vertrouwelijk': 'Met vertrouwelijke agendapunten',
  'vertrouwelijk-verborgen': 'Vertrouwelijke punten als ‘Vertrouwelijk agendapunt’',
  'zonder-vertrouwelijk': 'Zonder vertrouwelijke agendapunten',
}

export const formatsOf: Record<ExportDocument, readonly ExportFormat[]> = {
  verslag: ['pdf', 'docx'],
  besluitenlijst: ['pdf', 'docx'],
  agenda: ['pdf', 'docx'],
}

export const formatExtensions: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx' }

export function isVariantOf(document: ExportDocument, variant: ExportVariant): boolean {
  return variantsOf[document].includes(variant)
}

/** Minutes longer than this get a table of contents (issue 5). */
export const TOC_MIN_PAGES = 6
