import { useMemo } from 'react'
import { useVaultQuery } from '../api/use-vault-query'
import { hrefFor } from '../stores/route-store'

/** Until the meeting screens link here, the page offers the meetings to export. */
export function MeetingChoice() {
  const { data, error } = useVaultQuery('meeting:upcoming', { from: '1900-01-01', limit: 200 })
  const rows = useMemo(() => (data ? [...data.rows].reverse() : null), [data])
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
          <span className="export-meetings__status">
            ({meeting.minutesStatus === 'concept' ? 'verslag concept' : 'verslag vastgesteld'})
          </span>
        </li>
      ))}
    </ul>
  )
}
