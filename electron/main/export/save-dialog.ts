import { join } from 'node:path'
import { type BrowserWindow, dialog, type FileFilter } from 'electron'
import type { ExportFormat } from '../../../shared/domain/minutes-export'

const filters: Record<ExportFormat, FileFilter> = {
  pdf: { name: 'PDF-document', extensions: ['pdf'] },
  docx: { name: 'Word-document', extensions: ['docx'] },
}

/** The dialog's title and file types, for what is not an export (a copy of an attachment). */
export interface SaveDialogText {
  title: string
  filters: FileFilter[]
}

/**
 * Asks where the export goes, proposing the document's name in the user's
 * Documents folder. Null when the user cancels. The file is only ever
 * written where the user says: never silently into a temp folder.
 */
export async function askSavePath(
  parent: BrowserWindow | null,
  documentsFolder: string,
  fileName: string,
  kind: ExportFormat | SaveDialogText,
): Promise<string | null> {
  const text = typeof kind === 'string' ? { title: 'Exporteren', filters: [filters[kind]] } : kind
  const options = {
    title: text.title,
    buttonLabel: 'Opslaan',
    defaultPath: join(documentsFolder, fileName),
    filters: text.filters,
    // Windows' recent documents would list the export's name (a meeting, a case) outside the vault.
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const, 'dontAddToRecent' as const],
  }
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}
