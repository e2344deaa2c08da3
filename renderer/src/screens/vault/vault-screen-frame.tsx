import type { ReactNode } from 'react'

/**
 * The quiet frame of every screen before the vault is open: the app's name in
 * the banner, one card in the middle, nothing else to distract.
 */
export function VaultScreenFrame({ children }: { children: ReactNode }) {
  return (
    <div className="vault-screen">
      <header className="vault-screen__header">
        <span className="brand">
          <span className="brand__name">Tafelwerk</span>
          <span className="brand__tagline">Werkplek voor ondermijningstafels</span>
        </span>
      </header>
      <main className="vault-screen__main">
        <div className="card vault-card">{children}</div>
      </main>
    </div>
  )
}
