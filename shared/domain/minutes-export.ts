/**
 * What leaves the laptop is recorded: which document, in which variant and
 * format, and whether the minutes were still concept at the time, so that
 * the export history can say what left and when.
 */
export const exportDocuments = ['verslag', 'besluitenlijst', 'agenda'] as const
export type ExportDocument = (typeof exportDocuments)[number]

export const exportVariants = [
  /** The full minutes or decision list. */
  'volledig',
  /** Decision list without subject or object names ("subject A"). */
  'gepseudonimiseerd',
  /** Participants' agenda with confidential items in full. */
  'met-vertrouwelijk',
  /** Participants' agenda with confidential items as "vertrouwelijk agendapunt". */
  'vertrouwelijk-verborgen',
  /** Participants' agenda without confidential items. */
  'zonder-vertrouwelijk',
] as const
export type ExportVariant = (typeof exportVariants)[number]

export const exportFormats = ['pdf', 'docx'] as const
export type ExportFormat = (typeof exportFormats)[number]
