import { useCallback, useEffect, useRef, useState } from 'react'
import { asPresenterMessage, channelName, type PresenterMessage } from './presentation-session'

export type FollowState =
  { kind: 'waiting' } | { kind: 'ended' } | (Extract<PresenterMessage, { type: 'state' }> & { kind: 'following' })

/**
 * The presenter view's side of the channel: says hello (the presentation
 * answers with its state), then follows every change. `send` steps the
 * presentation or tells it about a saved note.
 */
export function usePresenterFollow(session: string): {
  state: FollowState
  send: (message: Extract<PresenterMessage, { type: 'go' | 'note' }>) => void
} {
  const [state, setState] = useState<FollowState>({ kind: 'waiting' })
  const channel = useRef<BroadcastChannel | null>(null)

  useEffect(() => {
    const open = new BroadcastChannel(channelName(session))
    channel.current = open
    open.onmessage = (event: MessageEvent<unknown>) => {
      const message = asPresenterMessage(event.data)
      if (message?.type === 'state') setState({ ...message, kind: 'following' })
      else if (message?.type === 'ended') setState({ kind: 'ended' })
    }
    open.postMessage({ type: 'hello' } satisfies PresenterMessage)
    return () => {
      open.close()
      channel.current = null
    }
  }, [session])

  const send = useCallback((message: PresenterMessage) => channel.current?.postMessage(message), [])
  return { state, send }
}
