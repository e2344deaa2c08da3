import { useEffect, useState } from 'react'
import { ADOPTED } from '../../../../shared/domain/meeting'
import { request } from '../../api/request'

/**
 * Every decision list of one screen asks at the same moment (one render of
 * the agenda); they share one answer. The entry is dropped right after, so
 * the next render asks anew and sees an adoption made since.
 */
const asking = new Map<string, Promise<boolean>>()

function askAdopted(meetingId: string): Promise<boolean> {
  const known = asking.get(meetingId)
  if (known) return known
  const answer = request('meeting:get', { id: meetingId }).then((meeting) => meeting.status === ADOPTED || meeting.minutesStatus === 'vastgesteld')
  asking.set(meetingId, answer)
  setTimeout(() => asking.delete(meetingId), 0)
  return answer
}

/**
 * Whether the minutes of a meeting are adopted, which decides between
 * correcting a decision and revising it with a new one. Null while unknown,
 * so no action is offered that might turn out wrong. `whenChanged` is any
 * value that changes after the screen reloaded (the decisions shown).
 */
export function useMinutesAdopted(meetingId: string | null, whenChanged: unknown): boolean | null {
  const [adopted, setAdopted] = useState<{ meetingId: string; value: boolean } | null>(null)
  useEffect(() => {
    if (!meetingId) return
    let current = true
    askAdopted(meetingId)
      .then((value) => current && setAdopted({ meetingId, value }))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [meetingId, whenChanged])
  return adopted && adopted.meetingId === meetingId ? adopted.value : null
}
