import { protocol } from 'electron'
import { APP_SCHEME } from '../origin/app-origin'

/**
 * Must run before `ready`. `standard` gives app:// a real origin (so 'self' in
 * the CSP and relative URLs work), `secure` makes it a secure context like
 * https, and `supportFetchAPI` lets the bundle load its own assets. Nothing
 * else: not `corsEnabled` (it would let other origins read app:// responses;
 * our module scripts are same-origin and need no CORS), no service workers,
 * no bypassing the CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}
