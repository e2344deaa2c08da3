import { useEffect, useRef } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import type { PresentationLayer } from './presentation-keys'
import { asPresenterMessage, channelName, type PresenterMessage } from './presentation-session'

interface BroadcastState {
  report: DistrictReport
  index: number
  layer: PresentationLayer
  notesEditable: boolean
}

interface Handlers {
  go: (to: 'next' | 'previous' | 'first' | 'last') => void
  noteSaved: (slideId: string, text: string) => void
}

/**
 * The presentation's side of the presenter channel: tells the presenter
 * view every change, answers its hello (it may open later, or reload), and
 * takes its steps and saved notes. Says "ended" when presenting stops.
 */
export function usePresentationBroadcast(session: string, state: BroadcastState, handlers: Handlers): void {
  const channel = useRef<BroadcastChannel | null>(null)
  const latest = useRef(state)
  const handlersRef = useRef(handlers)
  useEffect(() => {
    latest.current = state
    handlersRef.current = handlers
  })

  useEffect(() => {
    const open = new BroadcastChannel(channelName(session))
    channel.current = open
    const send = (message: PresenterMessage) => open.postMessage(message)
    open.onmessage = (event: MessageEvent<unknown>) => {
      const message = asPresenterMessage(event.data)
      if (message?.type === 'hello') send({ type: 'state', ...latest.current })
      else if (message?.type === 'go') handlersRef.current.go(message.to)
      else if (message?.type === 'note') handlersRef.current.noteSaved(message.slideId, message.text)
    }
    return () => {
      send({ type: 'ended' })
      open.close()
      channel.current = null
    }
  }, [session])

  const { report, index, layer, notesEditable } = state
  useEffect(() => {
    channel.current?.postMessage({ type: 'state', report, index, layer, notesEditable } satisfies PresenterMessage)
  }, [report, index, layer, notesEditable])
}
