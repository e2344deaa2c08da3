import { readReportPackage } from '../exports/district-report/report-package'
import type { HandlersFor } from './handler-types'

/**
 * `districtReport:save` is Electron's (dialog, print window). Opening a
 * package reads only the bytes it is given: no vault, locked or unlocked or
 * not yet created, is touched, so a fresh installation can present it.
 */
export function districtReportExportHandlers(): HandlersFor<'districtReport:openPackage'> {
  return {
    'districtReport:openPackage': ({ bytes, fileName }) =>
      Promise.resolve(readReportPackage(Buffer.from(bytes, 'base64'), fileName)),
  }
}
