import { useCallback } from 'react'
import { parsePresenterRoute } from '../../../../shared/domain/presenter-route'
import { PresenterView } from './presenter-view'
import { usePresenterFollow } from './use-presenter-follow'
import './present.css'

/** The presenter window's page, `#/presentator?sessie=…`: it follows the presentation with that session. */
export function PresenterScreen() {
  const session = parsePresenterRoute(window.location.hash)
  if (!session)
    return (
      <PresenterMessage text="Deze presentatorweergave hoort bij geen presentatie. Open hem vanuit de presentatie." />
    )
  return <FollowingPresenter session={session} />
}

function FollowingPresenter({ session }: { session: string }) {
  const { state, send } = usePresenterFollow(session)
  const go = useCallback((to: 'next' | 'previous' | 'first' | 'last') => send({ type: 'go', to }), [send])
  const noteSaved = useCallback((slideId: string, text: string) => send({ type: 'note', slideId, text }), [send])
  if (state.kind === 'waiting') return <PresenterMessage text="Wachten op de presentatie…" />
  if (state.kind === 'ended') return <PresenterMessage text="De presentatie is gestopt. U kunt dit venster sluiten." />
  return (
    <PresenterView
      report={state.report}
      index={state.index}
      layer={state.layer}
      notesEditable={state.notesEditable}
      onGo={go}
      onNoteSaved={noteSaved}
    />
  )
}

function PresenterMessage({ text }: { text: string }) {
  return (
    <main className="presenter presenter--message">
      <h1 className="presenter__heading">Presentatorweergave</h1>
      <p role="status">{text}</p>
    </main>
  )
}
