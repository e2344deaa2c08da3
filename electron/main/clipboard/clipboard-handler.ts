import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { SecretClipboard } from './secret-clipboard'

/** `clipboard:copy-secret`: copies through main, which empties the clipboard again (see SecretClipboard). */
export function clipboardHandlers(secret: SecretClipboard): HandlersFor<'clipboard:copy-secret'> {
  return {
    'clipboard:copy-secret': async ({ text }) => {
      await secret.copy(text)
      return { clearAfterSeconds: secret.clearAfterSeconds }
    },
  }
}
