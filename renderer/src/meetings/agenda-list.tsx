import { type DragEvent, type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react'
import type { AgendaItem } from '../../../shared/contract/agenda.contract'
import { agendaItemStatusLabels, agendaItemTypeLabels } from '../../../shared/domain/agenda'
import { cx } from '../lib/class-names'
import { shortDate } from '../lib/dates'
import { hrefFor } from '../stores/route-store'
import { AgendaItemEditor } from './agenda-item-editor'
import { AttachmentsPanel } from './attachments/attachments-panel'
import type { NestDirection } from './agenda-nesting'
import { DecisionList } from './decisions/decision-list'
import type { MeetingSession } from './meeting-session'

interface AgendaListProps {
  items: AgendaItem[]
  labelledBy: string
  session: MeetingSession
}

/**
 * The agenda as an accessible sortable list: every item is a tab stop;
 * Alt+↑/↓ moves the focused item among its siblings, Alt+→ puts it under the
 * item above and Alt+← back on the top level (all announced). The mouse drags
 * an item onto another (see dropTarget) and has buttons for the levels.
 * Numbers and times always come from the vault.
 */
export function AgendaList({ items, labelledBy, session }: AgendaListProps) {
  const hintId = useId()
  const [editing, setEditing] = useState<string | null>(null)
  const [dragging, setDragging] = useState<string | null>(null)
  const focusAfter = useRef<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useLayoutEffect(() => {
    const id = focusAfter.current
    if (!id) return
    const row = listRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)
    if (row) {
      row.focus()
      focusAfter.current = null
    }
  })

  const move = (item: AgendaItem, delta: number) => {
    focusAfter.current = item.id
    void session.move(item.id, delta)
  }

  const nest = (item: AgendaItem, direction: NestDirection) => {
    focusAfter.current = item.id
    void session.nest(item.id, direction)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, item: AgendaItem) => {
    if (event.target !== event.currentTarget || !session.editable || !event.altKey) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      move(item, event.key === 'ArrowUp' ? -1 : 1)
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault()
      nest(item, event.key === 'ArrowRight' ? 'in' : 'out')
    }
  }

  const onDrop = (event: DragEvent<HTMLLIElement>, target: AgendaItem) => {
    event.preventDefault()
    if (!dragging) return
    focusAfter.current = dragging
    setDragging(null)
    void session.drop(dragging, target.id)
  }

  return (
    <>
      {session.editable ? (
        <p id={hintId} className="muted agenda-hint">
          Verplaats een agendapunt met Alt+pijl omhoog of Alt+pijl omlaag, of sleep het naar de plek van een ander punt;
          een subpunt dat u op een hoofdpunt sleept, wordt daar het laatste subpunt. Alt+pijl rechts maakt een punt een
          subpunt van het punt erboven, Alt+pijl links zet een subpunt terug op het hoogste niveau. Ctrl+Z maakt de
          laatste wijziging ongedaan.
        </p>
      ) : null}
      <ul ref={listRef} className="agenda-list" aria-labelledby={labelledBy}>
        {items.map((item, index) => {
          const label = `Agendapunt ${item.number}: ${item.title}`
          const above =
            item.parentId === null ? items.slice(0, index).findLast((other) => other.parentId === null) : undefined
          const hasChildren = items[index + 1]?.parentId === item.id
          const open = editing === item.id
          const editorId = `editor-${item.id}`
          return (
            <li
              key={item.id}
              data-item-id={item.id}
              tabIndex={0}
              aria-label={label}
              aria-describedby={session.editable ? hintId : undefined}
              className={cx(
                'agenda-item',
                item.depth === 2 && 'agenda-item--sub',
                dragging === item.id && 'is-dragging',
              )}
              draggable={session.editable && !open}
              onKeyDown={(event) => onKeyDown(event, item)}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move'
                event.dataTransfer.setData('text/plain', item.id)
                setDragging(item.id)
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(event) => {
                if (dragging && dragging !== item.id) event.preventDefault()
              }}
              onDrop={(event) => onDrop(event, item)}
            >
              <div className="agenda-item__row">
                <span className="agenda-item__number" aria-hidden="true">
                  {item.number}
                </span>
                <div className="agenda-item__main">
                  <p className="agenda-item__title">{item.title}</p>
                  <p className="agenda-item__meta">
                    <span>
                      {item.startTime}–{item.endTime} ({item.durationMinutes} min)
                    </span>
                    <span>{agendaItemTypeLabels[item.type]}</span>
                    {item.presenter ? <span>Inbreng: {item.presenter.shortName}</span> : null}
                    {item.case ? (
                      <a href={hrefFor(`casussen/${item.case.id}`)}>
                        {item.case.code} {item.case.alias} ({item.case.phase.name})
                      </a>
                    ) : null}
                    {item.confidential ? <span className="badge badge--confidential">Vertrouwelijk</span> : null}
                    {item.attachments.length > 0 ? (
                      <span>
                        {item.attachments.length === 1 ? '1 bijlage' : `${String(item.attachments.length)} bijlagen`}
                      </span>
                    ) : null}
                    {item.carriedOverFrom ? (
                      <span className="badge badge--muted">
                        Overgenomen van {shortDate(item.carriedOverFrom.meetingDate)}
                      </span>
                    ) : null}
                    {item.status !== 'gepland' ? (
                      <span className="badge badge--muted">{agendaItemStatusLabels[item.status]}</span>
                    ) : null}
                  </p>
                  <DecisionList
                    decisions={item.decisions}
                    adopted={!session.editable}
                    onChanged={() => void session.reload()}
                  />
                </div>
                {session.editable ? (
                  <div className="agenda-item__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-expanded={open}
                      aria-controls={open ? editorId : undefined}
                      onClick={() => setEditing(open ? null : item.id)}
                    >
                      {open ? 'Sluiten' : 'Bewerken'}
                      <span className="visually-hidden"> agendapunt {item.number}</span>
                    </button>
                    {item.parentId !== null ? (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-keyshortcuts="Alt+ArrowLeft"
                        onClick={() => nest(item, 'out')}
                      >
                        Naar hoofdniveau<span className="visually-hidden"> (agendapunt {item.number})</span>
                      </button>
                    ) : above && !hasChildren ? (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-keyshortcuts="Alt+ArrowRight"
                        onClick={() => nest(item, 'in')}
                      >
                        Onder punt {above.number}
                        <span className="visually-hidden"> (agendapunt {item.number})</span>
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => {
                        const index = items.indexOf(item)
                        focusAfter.current = (items[index + 1] ?? items[index - 1])?.id ?? null
                        void session.remove(item)
                      }}
                    >
                      Verwijderen<span className="visually-hidden"> agendapunt {item.number}</span>
                    </button>
                  </div>
                ) : null}
              </div>
              {open ? <AgendaItemEditor id={editorId} item={item} session={session} /> : null}
              {/* Adopted minutes have no editor, but their attachments can still be opened and saved. */}
              {!session.editable && item.attachments.length > 0 ? (
                <AttachmentsPanel
                  agendaItemId={item.id}
                  itemNumber={item.number}
                  attachments={item.attachments}
                  editable={false}
                  onChanged={session.reload}
                />
              ) : null}
            </li>
          )
        })}
      </ul>
    </>
  )
}
