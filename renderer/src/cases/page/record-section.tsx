import { type ReactNode, useId } from 'react'

interface RecordSectionProps<Row> {
  title: string
  /** Null while the record is loading, or when it could not be loaded (the page says why). */
  rows: readonly Row[] | null
  loading: boolean
  empty: string
  children: (rows: readonly Row[], headingId: string) => ReactNode
}

/** One part of the case's record in the meetings: a heading, then the rows, or a calm sentence why there are none. */
export function RecordSection<Row>({ title, rows, loading, empty, children }: RecordSectionProps<Row>) {
  const headingId = useId()
  let body: ReactNode = null
  if (rows && rows.length > 0) body = children(rows, headingId)
  else if (rows) body = <p className="muted">{empty}</p>
  else if (loading) body = <p className="muted">Wordt geladen…</p>
  return (
    <section className="case-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="case-section__title">
        {title}
      </h2>
      {body}
    </section>
  )
}
