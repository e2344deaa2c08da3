import { extname } from 'node:path'
import type { BrowserWindow, FileFilter } from 'electron'
import { saveAttachmentCopy } from '../../../db/attachments/save-attachment'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'
import { askSavePath } from '../export/save-dialog'

export interface AttachmentSaveOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
  documentsFolder: () => string
}

/** The file's own type first, so the dialog keeps its extension; any other name stays possible. */
export function attachmentFilters(fileName: string): FileFilter[] {
  const extension = extname(fileName).slice(1)
  const all = { name: 'Alle bestanden', extensions: ['*'] }
  return extension ? [{ name: `${extension.toUpperCase()}-bestand`, extensions: [extension] }, all] : [all]
}

/**
 * `attachment:save`: the user picks where a copy of the stored file goes.
 * This is the only way an attachment leaves the vault as a file; Tafelwerk
 * never opens one in another program, which would need a plaintext copy in
 * a temp folder.
 */
export function attachmentSaveHandlers(options: AttachmentSaveOptions): HandlersFor<'attachment:save'> {
  return {
    'attachment:save': ({ id }) =>
      saveAttachmentCopy(options.vault.db, id, (fileName) =>
        askSavePath(options.mainWindow(), options.documentsFolder(), fileName, {
          title: 'Bijlage opslaan',
          filters: attachmentFilters(fileName),
        }),
      ),
  }
}
