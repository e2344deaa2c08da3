import type { ReactNode } from 'react'

interface OverviewSectionProps {
  id: string
  title: string
  /** What the section says when the subject has nothing of its kind. */
  empty: string
  count: number
  /** A sentence under the heading: what the section holds, and for the hand-out what it leaves out. */
  intro?: ReactNode
  children: ReactNode
}

/** One part of the overview under its own h2, which the tagged PDF's outline shows. */
export function OverviewSection({ id, title, empty, count, intro, children }: OverviewSectionProps) {
  return (
    <section className="doc-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="doc-meta">{intro}</p> : null}
      {count === 0 ? <p>{empty}</p> : children}
    </section>
  )
}
