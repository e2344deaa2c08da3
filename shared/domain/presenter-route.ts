/**
 * The presenter view's route, `#/presentator?sessie=<id>`. The presentation
 * and the presenter view find each other on a BroadcastChannel named after the
 * session, so two presentations (a report and a package) never cross.
 */
export const PRESENTER_ROUTE_SEGMENT = 'presentator'

const SESSION = /^[A-Za-z0-9]{8,32}$/u

export const isPresenterSession = (value: string): boolean => SESSION.test(value)

export const presenterRoutePath = (session: string): string =>
  `${PRESENTER_ROUTE_SEGMENT}?${new URLSearchParams({ sessie: session }).toString()}`

/** The session of a presenter route, or null when the hash is not one. */
export function parsePresenterRoute(hash: string): string | null {
  const [path = '', search = ''] = hash.replace(/^#\/?/u, '').split('?', 2)
  if (path.replace(/\/+$/u, '') !== PRESENTER_ROUTE_SEGMENT) return null
  const session = new URLSearchParams(search).get('sessie') ?? ''
  return isPresenterSession(session) ? session : null
}

export const isPresenterHash = (hash: string): boolean =>
  hash.replace(/^#\/?/u, '').split(/[/?]/u)[0] === PRESENTER_ROUTE_SEGMENT
