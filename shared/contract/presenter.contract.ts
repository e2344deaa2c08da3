import { z } from 'zod'
import { noCaseData } from './processing'
import { isPresenterSession } from '../domain/presenter-route'

export const OpenPresenterRequest = z.object({
  session: z.string().refine(isPresenterSession, 'Ongeldige presentatiesessie.'),
})

export const presenterContract = {
  /**
   * Opens the presenter view (notes, timer, next slide) as a second window,
   * on another display than the main window's where there is one. Electron
   * only; the test harness opens a second page. Allowed while the vault is
   * locked: a report package is presented with no vault open.
   */
  'presenter:open': {
    input: OpenPresenterRequest,
    output: z.object({ opened: z.boolean() }),
    electronOnly: true,
    whileLocked: true,
    processing: noCaseData('Opens the presenter window; the report it shows is read through districtReport:get.'),
  },
} as const
