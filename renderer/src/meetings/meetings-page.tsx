import { MeetingOverviewPage } from './meeting-overview-page'
import { MeetingModePage } from './meeting-mode-page'
import { MeetingPage } from './meeting-page'
import { NewMeetingPage } from './new-meeting-page'
import './meetings.css'

/** #/vergaderingen, #/vergaderingen/nieuw, #/vergaderingen/<id> and #/vergaderingen/<id>/vergadermodus. */
export function MeetingsPage({ segments }: { segments: string[] }) {
  const [first, second] = segments
  if (first === undefined) return <MeetingOverviewPage />
  if (first === 'nieuw') return <NewMeetingPage />
  if (second === 'vergadermodus') return <MeetingModePage key={first} meetingId={first} />
  // Keyed by id: another meeting is a new page (fresh data, heading focused again).
  return <MeetingPage key={first} meetingId={first} />
}
