import type { Locator, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Vault } from '../../db/vault/vault'
import type { Output } from '../../shared/contract/index'
import { checkScreen } from './harness/check-screen'
import { TafelwerkApp } from './harness/tafelwerk-app'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Slepen tussen secties van de agenda'
const { start } = useTafelwerk()

const subItem = (title: string) => ({
  title,
  type: 'signalen',
  caseId: null,
  presenterPartnerId: null,
  durationMinutes: 10,
  confidential: true,
  notes: '',
  chairNotes: '',
  status: 'gepland',
})

let meetingId = ''
const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
    const send = createDispatcher(vault)
    const dispatch = async <T>(channel: string, input: unknown): Promise<T> => {
      const answer = (await send(channel, input)) as { ok: true; value: T } | { ok: false; error: { message: string } }
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
      return answer.value
    }
    const tables = await dispatch<Output<'reference:list'>>('reference:list', { kind: 'table', includeArchived: false })
    const tableId = tables.rows.find((row) => 'code' in row && row.code === 'D')?.id
    const meeting = await dispatch<Output<'meeting:create'>>('meeting:create', {
      tableId,
      values: {
        date: '2026-04-09',
        startTime: '14:00',
        location: 'Stadhuis Delft',
        chair: null,
        secretary: null,
        numberPrefix: '',
      },
      source: 'sjabloon',
    })
    meetingId = meeting.id
    const signals = meeting.items.find((item) => item.type === 'signalen')
    for (const title of ['Signaal haven', 'Signaal kapsalon']) {
      await dispatch('agenda:add', { meetingId, parentId: signals?.id ?? null, position: null, values: subItem(title) })
    }
  },
}

/** The agenda's items in order, as "number title". */
async function agendaOrder(agenda: Locator): Promise<string[]> {
  const labels = await agenda
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''))
  return labels.filter((label) => label.startsWith('Agendapunt ')).map((label) => label.replace(/^Agendapunt /u, ''))
}

const item = (agenda: Locator, label: string) =>
  agenda.getByRole('listitem', { name: `Agendapunt ${label}`, exact: true })
const announced = (page: Page, text: string) =>
  page.getByTestId('announcer').getByText(text).waitFor({ state: 'attached' })

it('drags agenda items among siblings, into another section and out of the top level, each undone with Ctrl+Z', async () => {
  const app = await start(openVault)
  const { page } = app
  await page.goto(TafelwerkApp.url(`vergaderingen/${meetingId}`))
  const agenda = page.getByRole('list', { name: 'Agenda' })
  await item(agenda, '4.2: Signaal kapsalon').waitFor()
  expect((await agendaOrder(agenda)).slice(3, 7)).toEqual([
    '4: Nieuwe signalen',
    '4.1: Signaal haven',
    '4.2: Signaal kapsalon',
    '5: Voorstellen start casus',
  ])

  // Among siblings: the second sub-item onto the first takes its place.
  await item(agenda, '4.2: Signaal kapsalon').dragTo(item(agenda, '4.1: Signaal haven'))
  await item(agenda, '4.1: Signaal kapsalon').waitFor()
  expect((await agendaOrder(agenda)).slice(4, 6)).toEqual(['4.1: Signaal kapsalon', '4.2: Signaal haven'])

  // Onto another section's item: a sub-item goes last into that section.
  await item(agenda, '4.2: Signaal haven').dragTo(item(agenda, '5: Voorstellen start casus'))
  await announced(page, 'Agendapunt 4.2 is nu subpunt 5.1 onder ‘Voorstellen start casus’.')
  expect((await agendaOrder(agenda)).slice(3, 7)).toEqual([
    '4: Nieuwe signalen',
    '4.1: Signaal kapsalon',
    '5: Voorstellen start casus',
    '5.1: Signaal haven',
  ])
  await checkScreen(app, 'agenda: gesleept naar een andere sectie')

  // A top-level item dropped on a sub-item becomes a sub-item in its place.
  await item(agenda, '9: Handhavingsknelpunten').dragTo(item(agenda, '4.1: Signaal kapsalon'))
  await item(agenda, '4.1: Handhavingsknelpunten').waitFor()
  expect((await agendaOrder(agenda)).slice(3, 6)).toEqual([
    '4: Nieuwe signalen',
    '4.1: Handhavingsknelpunten',
    '4.2: Signaal kapsalon',
  ])
  expect((await agendaOrder(agenda)).at(-1)).toBe('9: Rondvraag en sluiting')

  // A section with sub-items cannot go under another item: said, and nothing moves.
  await item(agenda, '4: Nieuwe signalen').dragTo(item(agenda, '5.1: Signaal haven'))
  await announced(
    page,
    'Agendapunt 4 heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.',
  )
  expect((await agendaOrder(agenda)).slice(3, 8)).toEqual([
    '4: Nieuwe signalen',
    '4.1: Handhavingsknelpunten',
    '4.2: Signaal kapsalon',
    '5: Voorstellen start casus',
    '5.1: Signaal haven',
  ])

  // Ctrl+Z takes the drops back one by one, and the vault agrees.
  await item(agenda, '4: Nieuwe signalen').focus()
  await page.keyboard.press('Control+z')
  await item(agenda, '10: Rondvraag en sluiting').waitFor()
  await page.keyboard.press('Control+z')
  await item(agenda, '4.2: Signaal haven').waitFor()
  const stored = await app.call('meeting:get', { id: meetingId })
  if (!stored.ok) throw new Error(stored.error.message)
  const titles = (stored.value as Output<'meeting:get'>).items.map((row) => `${row.number}: ${row.title}`)
  expect(titles.slice(3, 8)).toEqual([
    '4: Nieuwe signalen',
    '4.1: Signaal kapsalon',
    '4.2: Signaal haven',
    '5: Voorstellen start casus',
    '6: Voortgang lopende casussen',
  ])
  await checkScreen(app, 'agenda: slepen ongedaan gemaakt')
})
