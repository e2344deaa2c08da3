/** Addresses inside the register, in one place so links and redirects agree. */
export const caseRoutes = {
  list: 'casussen',
  create: 'casussen/nieuw',
  case: (id: string) => `casussen/${encodeURIComponent(id)}`,
  edit: (id: string) => `casussen/${encodeURIComponent(id)}/wijzigen`,
  subject: (id: string) => `subjecten/${encodeURIComponent(id)}`,
}

/** Opens a route as a new history entry, so Back returns here. */
export function openRoute(path: string): void {
  window.location.hash = `#/${path}`
}

/**
 * Leaves a form the way the user came in (Back), or to its parent page when
 * the form was the first page of the window (opened after unlocking).
 */
export function leaveForm(fallback: string, replace: (path: string) => void): void {
  if (window.history.length > 1) window.history.back()
  else replace(fallback)
}
