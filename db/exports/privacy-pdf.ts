import { randomBytes } from 'node:crypto'
import { basename } from 'node:path'
import type { PrivacySaveResult } from '../../shared/contract/processing-register.contract'
import type {
  SubjectOverview,
  SubjectOverviewSaveRequest,
  SubjectOverviewSaveResult,
} from '../../shared/contract/subject-overview.contract'
import { overviewVersionLabels } from '../../shared/domain/subject-overview'
import {
  type PrivacyPrintRequest,
  privacyPrintRoutePath,
  privacyPrintToken,
} from '../../shared/domain/privacy-print-route'
import { writeFileAtomically } from '../kernel/write-file-atomically'
import { loadPdf, setPdfProperties } from './pdf-properties'
import type { RoutePrinter } from './print-pdf'

type Route = PrivacyPrintRequest extends infer R ? (R extends unknown ? Omit<R, 'job'> : never) : never

async function printPrivacyRoute(
  printer: RoutePrinter,
  route: Route,
  properties: { title: string; subject: string },
  now: Date,
): Promise<Uint8Array> {
  const job = randomBytes(8).toString('hex')
  const path = privacyPrintRoutePath({ ...route, job })
  const document = await loadPdf(await printer.print(path, privacyPrintToken(job), { tagged: true }))
  return setPdfProperties(document, { ...properties, author: 'Tafelwerk', createdAt: now })
}

/** The register of processing activities as the privacy officer files it. */
export function processingRegisterFileName(now: Date = new Date()): string {
  return `Verwerkingsregister ${now.toISOString().slice(0, 10)}.pdf`
}

/**
 * Print, then write atomically where the user chose. A not-writable folder or
 * a full disk leaves no half file (EXPORT_NOT_WRITABLE, EXPORT_DISK_FULL).
 */
export async function saveProcessingRegisterPdf(
  target: string,
  printer: RoutePrinter,
  now: Date = new Date(),
): Promise<PrivacySaveResult> {
  const bytes = await printPrivacyRoute(
    printer,
    { document: 'verwerkingsregister' },
    { title: 'Verwerkingsregister', subject: 'Register van verwerkingsactiviteiten (AVG art. 30)' },
    now,
  )
  await writeFileAtomically(target, bytes)
  return { saved: true, fileName: basename(target) }
}

export async function saveSubjectOverviewPdf(
  overview: SubjectOverview,
  request: SubjectOverviewSaveRequest,
  target: string,
  printer: RoutePrinter,
  now: Date = new Date(),
): Promise<SubjectOverviewSaveResult> {
  const bytes = await printPrivacyRoute(
    printer,
    { document: 'inzageverzoek', subjectId: request.subjectId, version: request.version, purpose: request.purpose },
    {
      title: `Inzageverzoek ${overview.subject.title}`,
      subject: `${overviewVersionLabels[request.version]}; doel: ${request.purpose}`,
    },
    now,
  )
  await writeFileAtomically(target, bytes)
  return { saved: true, fileName: basename(target), subject: { id: overview.subject.id, kind: overview.subject.kind } }
}
