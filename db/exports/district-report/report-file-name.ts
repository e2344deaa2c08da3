import type { DistrictReport, ReportExportFormat } from '../../../shared/contract/district-report.contract'
import { periodLabel } from '../../../shared/domain/report-period'
import { PACKAGE_EXTENSION } from './report-package'

export const reportExtensions: Record<ReportExportFormat, string> = {
  'slides-pdf': 'pdf',
  'handout-pdf': 'pdf',
  csv: 'csv',
  xlsx: 'xlsx',
  package: PACKAGE_EXTENSION,
}

const suffixes: Record<ReportExportFormat, string> = {
  'slides-pdf': ' - dia’s',
  'handout-pdf': ' - hand-out',
  csv: '',
  xlsx: '',
  package: '',
}

/** Characters no file system on the accountmanager's laptop accepts in a name. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]/gu

/** "Voortgang District D (Delft en Westland) 2026 H1 - dia’s.pdf": what the save dialog proposes. */
export function reportFileName(report: DistrictReport, format: ReportExportFormat): string {
  const base = `Voortgang ${report.scopeLabel} ${periodLabel(report.period)}`.replace(NOT_IN_FILE_NAMES, '-')
  return `${base}${suffixes[format]}.${reportExtensions[format]}`
}
