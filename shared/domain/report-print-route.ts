import type { ReportPeriod, ReportScope } from './report-period'

/**
 * The district report's print route, `#/afdruk-rapport/<layout>?…`: the
 * slides (one 1280×720 page per slide) or the A4 handout (each slide with its
 * notes). Printed like the minutes: the printer loads the route, waits until
 * the view reports the token ready on PRINT_STATE_ATTRIBUTE (print-route.ts),
 * and prints with preferCSSPageSize.
 */
export const REPORT_PRINT_SEGMENT = 'afdruk-rapport'
export const reportPrintLayouts = ['dia', 'hand-out'] as const
export type ReportPrintLayout = (typeof reportPrintLayouts)[number]

export interface ReportPrintRequest {
  layout: ReportPrintLayout
  scope: ReportScope
  period: ReportPeriod
  job: string
}

const JOB = /^[A-Za-z0-9]{1,32}$/u
const DATE = /^\d{4}-\d{2}-\d{2}$/u

export const reportPrintToken = (job: string) => `${job}.1`

export function reportPrintRoutePath(request: ReportPrintRequest): string {
  const query = new URLSearchParams({ van: request.period.from, tot: request.period.to, opdracht: request.job })
  query.set('bereik', request.scope.kind)
  if (request.scope.kind === 'district') query.set('id', request.scope.districtId)
  if (request.scope.kind === 'tafel') query.set('id', request.scope.tableId)
  return `${REPORT_PRINT_SEGMENT}/${request.layout}?${query.toString()}`
}

/** Null when the hash is not a complete report print route. */
export function parseReportPrintRoute(hash: string): ReportPrintRequest | null {
  const [path = '', search = ''] = hash.replace(/^#\/?/u, '').split('?', 2)
  const [segment, layout] = path.split('/')
  if (segment !== REPORT_PRINT_SEGMENT || !(reportPrintLayouts as readonly (string | undefined)[]).includes(layout))
    return null
  const query = new URLSearchParams(search)
  const [from, to, job, kind, id] = ['van', 'tot', 'opdracht', 'bereik', 'id'].map((key) => query.get(key) ?? '')
  if (!DATE.test(from ?? '') || !DATE.test(to ?? '') || !JOB.test(job ?? '')) return null
  const scope: ReportScope | null =
    kind === 'regio'
      ? { kind: 'regio' }
      : kind === 'district' && id
        ? { kind: 'district', districtId: id }
        : kind === 'tafel' && id
          ? { kind: 'tafel', tableId: id }
          : null
  if (!scope) return null
  return { layout: layout as ReportPrintLayout, scope, period: { from: from ?? '', to: to ?? '' }, job: job ?? '' }
}

export function isReportPrintHash(hash: string): boolean {
  return hash.replace(/^#\/?/u, '').split(/[/?]/u)[0] === REPORT_PRINT_SEGMENT
}
