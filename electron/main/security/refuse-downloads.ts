import type { Session } from 'electron'

const guarded = new WeakSet<Session>()

/**
 * Nothing is ever downloaded: a download would write a plaintext file
 * outside the vault where the user did not choose to save one (exports and
 * attachment copies go through the save dialog in main instead). Every
 * session gets this, the default one and any Electron creates later.
 */
export function refuseDownloads(session: Session): void {
  if (guarded.has(session)) return
  guarded.add(session)
  session.on('will-download', (event) => {
    event.preventDefault()
  })
}
