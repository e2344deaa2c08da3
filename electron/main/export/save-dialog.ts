import { join } from 'node:path'
import { type BrowserWindow, dialog } from 'electron'
import type { ExportFormat } from '../../../shared/domain/minutes-export'

const filters: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF-document', extensions: ['pdf'] },
  docx: { name: 'Word-document', extensions: ['docx'] },
}

/**
 * Asks where the export goes, proposing the document's name in the user's
 * Documents folder. Null when the user cancels. The file is only ever
 * written where the user says: never silently into a temp folder.
 */
export async function askSavePath(parent: BrowserWindow | null, documentsFolder: string, fileName: string, format: ExportFormat): Promise<string | null> {
  const options = {
    title: 'Exporteren',
    buttonLabel: 'Opslaan',
    defaultPath: join(documentsFolder, fileName),
    filters: [filters[format]],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  }
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}
