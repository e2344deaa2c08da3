import { useEffect, useState } from 'react'
import type { MeetingSummary } from '../../../shared/contract/meeting.contract'
import { messageOf, request } from '../api/request'
import { hrefFor } from '../stores/route-store'

/** Until the meeting screens link here, the page offers the meetings to export. */
export function MeetingChoice() {
  const [rows, setRows] = useState<MeetingSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    request('meeting:upcoming', { from: '1900-01-01', limit: 200 }).then(
      (answer) => setRows([...answer.rows].reverse()),
      (failure: unknown) => setError(messageOf(failure)),
    )
  }, [])
  if (error) return <p role="alert">{error}</p>
  if (!rows) return null
  if (rows.length === 0) return <p>Er zijn nog geen vergaderingen om te exporteren.</p>
  return (
    <ul className="export-meetings">
      {rows.map((meeting) => (
        <li key={meeting.id}>
          <a href={hrefFor(`exporteren/${meeting.id}`)}>
            OMT {meeting.table.code}, {meeting.date.split('-').reverse().join('-')}
          </a>{' '}
          <span className="export-meetings__status">({meeting.minutesStatus === 'concept' ? 'verslag concept' : 'verslag vastgesteld'})</span>
        </li>
      ))}
    </ul>
  )
}
