import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AgendaItem, AgendaItemValues, AgendaOrder } from '../../../shared/contract/agenda.contract'
import type { MeetingDetail, MeetingValues } from '../../../shared/contract/meeting.contract'
import type { ReferenceRow } from '../../../shared/domain/reference'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useVaultQuery } from '../api/use-vault-query'
import { serialQueue } from '../lib/serial-queue'
import { announce } from '../stores/announcer-store'
import { dropTarget, type NestDirection, type NestTarget, nestTarget } from './agenda-nesting'
import { stepTarget } from './agenda-step'
import { tracked } from './save-status'
import { useUndoStack } from './undo-stack'

/** Everything the meeting screens do to a meeting: each write saved at once, most of them undoable. */
export interface MeetingSession {
  meeting: MeetingDetail
  editable: boolean
  partners: ReferenceRow<'partner'>[]
  reload: () => Promise<void>
  /** Moves an item among its siblings by `delta` places; moves run one after another. */
  move: (itemId: string, delta: number) => Promise<void>
  /** Puts a top-level item under the one above it ('in'), or a sub-item back on the top level ('out'); queued with the moves. */
  nest: (itemId: string, direction: NestDirection) => Promise<void>
  /** A dragged item dropped on another: into that one's place or section (see dropTarget); queued with the moves. */
  drop: (itemId: string, targetId: string) => Promise<void>
  remove: (item: AgendaItem) => Promise<void>
  /** Saves changed fields; throws the vault's error (with its field errors) for the form. */
  update: (item: AgendaItem, patch: Partial<AgendaItemValues>) => Promise<void>
  /** A new item at the end of the agenda, or of a section when `parentId` is given. */
  add: (values: AgendaItemValues, parentId: string | null) => Promise<AgendaItem>
  /** Date, time, place, chair, secretary and number prefix; throws the vault's error for the form. */
  updateDetails: (values: MeetingValues) => Promise<void>
}

export const valuesOf = (item: AgendaItem): AgendaItemValues => ({
  title: item.title,
  type: item.type,
  caseId: item.case?.id ?? null,
  presenterPartnerId: item.presenter?.id ?? null,
  durationMinutes: item.durationMinutes,
  confidential: item.confidential,
  notes: item.notes,
  chairNotes: item.chairNotes,
  status: item.status,
})

function withOrder(items: AgendaItem[], order: AgendaOrder): AgendaItem[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return order.items.flatMap((slot) => {
    const item = byId.get(slot.id)
    return item ? [{ ...item, ...slot }] : []
  })
}

export function useMeetingSession(meetingId: string): { session: MeetingSession | null; error: string | null } {
  const agendaMove = useVaultMutation('agenda:move')
  const agendaDelete = useVaultMutation('agenda:delete')
  const agendaRestore = useVaultMutation('agenda:restore')
  const agendaUpdate = useVaultMutation('agenda:update')
  const agendaAdd = useVaultMutation('agenda:add')
  const meetingUpdate = useVaultMutation('meeting:update')
  const detail = useVaultQuery('meeting:get', { id: meetingId })
  const partnerList = useVaultQuery('reference:list', { kind: 'partner', includeArchived: false })
  const meeting = detail.data
  const partners = useMemo(
    () =>
      partnerList.data
        ? partnerList.data.rows
            .filter((row) => !row.archived)
            .sort((a, b) => a.shortName.localeCompare(b.shortName, 'nl'))
        : null,
    [partnerList.data],
  )
  const error = detail.error ?? partnerList.error
  const undo = useUndoStack()
  /** The newest state, for writes that run after a render (queued moves, undo). */
  const latest = useRef<MeetingDetail | null>(null)
  /** Moves run one after another, each on the state the previous one left. */
  const [enqueue] = useState(serialQueue)

  const { setData, refetch } = detail
  const commit = useCallback(
    (next: MeetingDetail) => {
      latest.current = next
      setData(() => next)
    },
    [setData],
  )

  // A failure shows in `error`; the meeting shown stays.
  const reload = useCallback(async () => {
    const next = await refetch()
    if (next) latest.current = next
  }, [refetch])

  // The first answer for a meeting; later ones arrive through commit and reload, which set it themselves.
  useEffect(() => {
    if (meeting && latest.current?.id !== meeting.id) latest.current = meeting
  }, [meeting])

  // The screen opens with both the meeting and the partners it chooses from, or says why not.
  if (!meeting || !partners) return { session: null, error }

  const moveTo = async (id: string, parentId: string | null, position: number) => {
    const answer = await tracked(agendaMove.run({ id, parentId, position }))
    const now = latest.current
    if (now) commit({ ...now, items: withOrder(now.items, answer.order), plannedEnd: answer.order.plannedEnd })
    return answer
  }

  const pushMoveUndo = (item: AgendaItem, previous: { parentId: string | null; position: number }) =>
    undo.push({
      label: `verplaatsen van agendapunt ${item.number}`,
      run: async () => {
        await moveTo(item.id, previous.parentId, previous.position)
      },
    })

  const moveOnce = async (item: AgendaItem, position: number) => {
    try {
      const answer = await moveTo(item.id, item.parentId, position)
      announce(`Agendapunt ${item.number} verplaatst naar positie ${String(position)}`)
      pushMoveUndo(item, answer.previous)
    } catch (failure) {
      announce(messageOf(failure))
    }
  }

  /** A move that may change the item's level (nesting, or a drop on another item), announced in its new place. */
  const placeOnce = async (item: AgendaItem, target: NestTarget | null) => {
    if (!target) return
    if ('refusal' in target) {
      announce(target.refusal)
      return
    }
    if (target.parentId === item.parentId) {
      await moveOnce(item, target.position)
      return
    }
    try {
      const answer = await moveTo(item.id, target.parentId, target.position)
      const number = answer.order.items.find((slot) => slot.id === item.id)?.number ?? ''
      announce(
        target.section
          ? `Agendapunt ${item.number} is nu subpunt ${number} onder ‘${target.section.title}’.`
          : `Agendapunt ${item.number} staat nu op het hoogste niveau als agendapunt ${number}.`,
      )
      pushMoveUndo(item, answer.previous)
    } catch (failure) {
      announce(messageOf(failure))
    }
  }

  /** Runs `place` on the newest state, after the moves before it. */
  const placeQueued = (itemId: string, place: (items: AgendaItem[], item: AgendaItem) => NestTarget | null) =>
    enqueue(async () => {
      const items = latest.current?.items ?? []
      const item = items.find((other) => other.id === itemId)
      if (item) await placeOnce(item, place(items, item))
    })

  const session: MeetingSession = {
    meeting,
    editable: meeting.status !== 'verslag-vastgesteld',
    partners,
    reload,
    move(itemId, delta) {
      return enqueue(async () => {
        const step = stepTarget(latest.current?.items ?? [], itemId, delta)
        if (step) await moveOnce(step.item, step.position)
      })
    },
    nest(itemId, direction) {
      return placeQueued(itemId, (items, item) => nestTarget(items, item, direction))
    },
    drop(itemId, targetId) {
      return placeQueued(itemId, (items, item) => {
        const target = items.find((other) => other.id === targetId)
        return target ? dropTarget(items, item, target) : null
      })
    },
    async remove(item) {
      try {
        const answer = await tracked(agendaDelete.run({ id: item.id }))
        await reload()
        announce(`Agendapunt ${item.number} ‘${item.title}’ is verwijderd. Ctrl+Z zet het terug.`)
        undo.push({
          label: `verwijderen van agendapunt ${item.number}`,
          run: async () => {
            await tracked(agendaRestore.run({ id: answer.id }))
            await reload()
          },
        })
      } catch (failure) {
        announce(messageOf(failure))
      }
    },
    async update(item, patch) {
      const current = latest.current?.items.find((other) => other.id === item.id) ?? item
      const answer = await tracked(agendaUpdate.run({ id: item.id, values: { ...valuesOf(current), ...patch } }))
      await reload()
      const fields = Object.keys(patch) as (keyof AgendaItemValues)[]
      const restore = Object.fromEntries(
        fields.map((field) => [field, answer.previous[field]]),
      ) as Partial<AgendaItemValues>
      undo.push({
        label: `wijziging van agendapunt ${answer.item.number}`,
        run: async () => {
          const now = latest.current?.items.find((other) => other.id === item.id)
          if (!now) return
          await tracked(agendaUpdate.run({ id: item.id, values: { ...valuesOf(now), ...restore } }))
          await reload()
        },
      })
    },
    async add(values, parentId) {
      const answer = await tracked(agendaAdd.run({ meetingId: meeting.id, parentId, position: null, values }))
      await reload()
      announce(`Agendapunt ${answer.item.number} ‘${answer.item.title}’ is toegevoegd.`)
      return answer.item
    },
    async updateDetails(values) {
      const answer = await tracked(meetingUpdate.run({ id: meeting.id, values }))
      await reload()
      announce('De gegevens van de vergadering zijn opgeslagen.')
      undo.push({
        label: 'wijziging van de vergadergegevens',
        run: async () => {
          await tracked(meetingUpdate.run({ id: meeting.id, values: answer.previous }))
          await reload()
        },
      })
    },
  }
  return { session, error }
}
