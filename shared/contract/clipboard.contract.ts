import { z } from 'zod'
import { noCaseData } from './processing'

export const clipboardContract = {
  /**
   * Copies a recovery key or the data key. Main writes it, marked for
   * clipboard history and sync to leave out where the OS allows, and empties
   * the clipboard after `clearAfterSeconds`, or when the vault locks or the
   * app quits, if it still holds the key. The renderer cannot do this itself:
   * it may not read the clipboard, so it could not tell whether the key is
   * still there. Only Electron's main process can; the test harness keeps an
   * in-memory clipboard.
   */
  'clipboard:copy-secret': {
    input: z.object({ text: z.string().min(1).max(200) }),
    output: z.object({ clearAfterSeconds: z.number().int().positive() }),
    electronOnly: true,
    processing: noCaseData('A recovery key or the data key to the clipboard; no case data.'),
  },
} as const
