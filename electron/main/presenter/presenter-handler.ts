import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { PresenterWindow } from './presenter-window'

/** `presenter:open`: shows the presenter view for the presentation's session. */
export function presenterHandlers(presenter: PresenterWindow): HandlersFor<'presenter:open'> {
  return {
    'presenter:open': async ({ session }) => {
      await presenter.open(session)
      return { opened: true }
    },
  }
}
