import { type OverviewVersion, overviewVersions } from './subject-overview'

/**
 * The privacy documents' print route: `#/afdruk-privacy/verwerkingsregister?opdracht=…`
 * and `#/afdruk-privacy/inzageverzoek?betrokkene=…&versie=…&doel=…&opdracht=…`.
 * Printed like the minutes: the printer loads the route, waits until the view
 * reports the token ready on PRINT_STATE_ATTRIBUTE (print-route.ts), and prints.
 */
export const PRIVACY_PRINT_SEGMENT = 'afdruk-privacy'

export type PrivacyPrintRequest =
  | { document: 'verwerkingsregister'; job: string }
  | { document: 'inzageverzoek'; job: string; subjectId: string; version: OverviewVersion; purpose: string }

const JOB = /^[A-Za-z0-9]{1,32}$/u

export const privacyPrintToken = (job: string) => `${job}.1`

export function privacyPrintRoutePath(request: PrivacyPrintRequest): string {
  const query = new URLSearchParams({ opdracht: request.job })
  if (request.document === 'inzageverzoek') {
    query.set('betrokkene', request.subjectId)
    query.set('versie', request.version)
    query.set('doel', request.purpose)
  }
  return `${PRIVACY_PRINT_SEGMENT}/${request.document}?${query.toString()}`
}

/** Null when the hash is not a complete privacy print route. */
export function parsePrivacyPrintRoute(hash: string): PrivacyPrintRequest | null {
  const [path = '', search = ''] = hash.replace(/^#\/?/u, '').split('?', 2)
  const [segment, document] = path.split('/')
  if (segment !== PRIVACY_PRINT_SEGMENT) return null
  const query = new URLSearchParams(search)
  const job = query.get('opdracht') ?? ''
  if (!JOB.test(job)) return null
  if (document === 'verwerkingsregister') return { document, job }
  if (document !== 'inzageverzoek') return null
  const subjectId = query.get('betrokkene') ?? ''
  const version = query.get('versie')
  const purpose = query.get('doel') ?? ''
  if (!subjectId || !(overviewVersions as readonly (string | null)[]).includes(version)) return null
  return { document, job, subjectId, version: version as OverviewVersion, purpose }
}

export function isPrivacyPrintHash(hash: string): boolean {
  return hash.replace(/^#\/?/u, '').split(/[/?]/u)[0] === PRIVACY_PRINT_SEGMENT
}
