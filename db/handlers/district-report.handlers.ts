import { districtReportFor, districtReportOptions } from '../district-report/district-report'
import { saveReportNote, saveReportThresholds } from '../district-report/report-writes'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

type ReportChannel =
  'districtReport:options' | 'districtReport:get' | 'districtReport:saveNote' | 'districtReport:thresholds'

export function districtReportHandlers(vault: Vault): HandlersFor<ReportChannel> {
  return {
    'districtReport:options': () => districtReportOptions(vault.db),
    'districtReport:get': (request) => districtReportFor(vault.db, request),
    'districtReport:saveNote': (note) => saveReportNote(vault.db, note),
    'districtReport:thresholds': (thresholds) => saveReportThresholds(vault.db, thresholds),
  }
}
