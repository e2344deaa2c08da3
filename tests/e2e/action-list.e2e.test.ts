import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { Vault } from '../../db/vault/vault'
import type { Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import { checkScreen } from './harness/check-screen'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { plainCase } from '../support/plain-case'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Actiepunten lopen van tafel tot tafel'
const YEAR = new Date().getFullYear()
const NEXT_YEAR = String(YEAR + 1)

const tafelwerk = useTafelwerk()

const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
  },
}

type Outputs = {
  [C in 'reference:list' | 'meeting:create' | 'action:create' | 'action:set-status' | 'case:create']: Output<C>
}

async function call<C extends keyof Outputs>(app: TafelwerkApp, channel: C, input: unknown): Promise<Outputs[C]> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: Outputs[C] } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

/** Ids of the reference rows the tests use, by table code and partner short name. */
async function references(app: TafelwerkApp) {
  const tables = (await call(app, 'reference:list', { kind: 'table', includeArchived: false })).rows as {
    id: string
    code: string
  }[]
  const partners = (await call(app, 'reference:list', { kind: 'partner', includeArchived: false })).rows as {
    id: string
    shortName: string
  }[]
  const find = <Row>(rows: Row[], match: (row: Row) => boolean, what: string): Row => {
    const found = rows.find(match)
    if (!found) throw new Error(`${what} missing`)
    return found
  }
  return {
    table: (code: string) => find(tables, (row) => row.code === code, `table ${code}`).id,
    partner: (shortName: string) => find(partners, (row) => row.shortName === shortName, `partner ${shortName}`).id,
  }
}

async function seedMeeting(app: TafelwerkApp, tableId: string, source: 'sjabloon' | 'leeg') {
  return call(app, 'meeting:create', {
    tableId,
    values: { date: todayIso(), startTime: '09:30', location: '', chair: null, secretary: null, numberPrefix: '' },
    source,
  })
}

async function seedAction(
  app: TafelwerkApp,
  meetingId: string,
  text: string,
  ownerPartnerId: string,
  dueDate: string | null,
) {
  return call(app, 'action:create', {
    meetingId,
    agendaItemId: null,
    decisionId: null,
    values: { text, ownerPartnerId, ownerPerson: null, dueDate, caseId: null },
  })
}

const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true })

/** The action texts in the list, in the order shown. */
function listedActions(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Lijst van actiepunten' }).locator('tbody tr')
  return rows.evaluateAll((elements) => elements.map((row) => row.querySelector('td')?.textContent ?? ''))
}

async function expectListed(page: Page, count: string, texts: string[]) {
  await page.getByRole('status').filter({ hasText: count }).waitFor()
  expect(await listedActions(page)).toEqual(texts)
}

const selectByLabel = (field: Locator, label: string) => field.selectOption({ label })

describe('Actiepunten', () => {
  test('the list filters by table, partner, status and due date, and says which actions are overdue', async () => {
    const app = await tafelwerk.start({ ...openVault, route: 'casussen' })
    const { page } = app
    const ref = await references(app)
    const meetingD = await seedMeeting(app, ref.table('D'), 'leeg')
    const meetingE = await seedMeeting(app, ref.table('E'), 'leeg')
    await seedAction(
      app,
      meetingD.id,
      'Politie levert informatiebeeld aan',
      ref.partner('Politie'),
      `${String(YEAR - 1)}-01-15`,
    )
    await seedAction(
      app,
      meetingD.id,
      'OM beoordeelt strafrechtelijke mogelijkheden',
      ref.partner('OM'),
      `${NEXT_YEAR}-03-01`,
    )
    const done = await seedAction(
      app,
      meetingE.id,
      'Politie bezoekt bedrijventerrein',
      ref.partner('Politie'),
      `${NEXT_YEAR}-06-01`,
    )
    await call(app, 'action:set-status', { id: done.id, status: 'gereed', on: null })
    await seedAction(app, meetingE.id, 'Belastingdienst zoekt vermogen uit', ref.partner('Belastingdienst'), null)

    await menuLink(page, 'Actiepunten').click()
    await heading(page, 'Actiepunten')
    // Open actions by default, soonest due first, those without a date last.
    await expectListed(page, '3 actiepunten, waarvan 1 te laat.', [
      'Politie levert informatiebeeld aan',
      'OM beoordeelt strafrechtelijke mogelijkheden',
      'Belastingdienst zoekt vermogen uit',
    ])
    const overdueRow = page.getByRole('row').filter({ hasText: 'Politie levert informatiebeeld aan' })
    await overdueRow.getByText(`15-01-${String(YEAR - 1)} – te laat`).waitFor()
    expect(await page.getByRole('row').filter({ hasText: 'OM beoordeelt' }).getByText('te laat').count()).toBe(0)
    await page.getByRole('row').filter({ hasText: 'Belastingdienst zoekt' }).getByText('Geen datum').waitFor()
    await checkScreen(app, 'actiepunten: open, één te laat')

    const tableFilter = page.getByLabel('Tafel', { exact: true })
    const partnerFilter = page.getByLabel('Partner', { exact: true })
    const statusFilter = page.getByLabel('Status', { exact: true })
    await selectByLabel(tableFilter, 'E')
    await expectListed(page, '1 actiepunt, waarvan 0 te laat.', ['Belastingdienst zoekt vermogen uit'])
    await selectByLabel(statusFilter, 'Alle statussen')
    await expectListed(page, '2 actiepunten, waarvan 0 te laat.', [
      'Politie bezoekt bedrijventerrein',
      'Belastingdienst zoekt vermogen uit',
    ])
    expect(await page.getByLabel('Status van actiepunt Politie bezoekt bedrijventerrein').inputValue()).toBe('gereed')

    await selectByLabel(tableFilter, 'Alle tafels')
    await selectByLabel(partnerFilter, 'Politie')
    await expectListed(page, '2 actiepunten, waarvan 1 te laat.', [
      'Politie levert informatiebeeld aan',
      'Politie bezoekt bedrijventerrein',
    ])
    await selectByLabel(statusFilter, 'Gereed')
    await expectListed(page, '1 actiepunt, waarvan 0 te laat.', ['Politie bezoekt bedrijventerrein'])
    await checkScreen(app, 'actiepunten: partner en status gefilterd')

    // Due on or before a date: actions without a date are not due, so they drop out.
    await selectByLabel(partnerFilter, 'Alle partners')
    await selectByLabel(statusFilter, 'Open')
    await page.getByLabel('Uiterlijk tot en met').fill(`${NEXT_YEAR}-03-31`)
    await expectListed(page, '2 actiepunten, waarvan 1 te laat.', [
      'Politie levert informatiebeeld aan',
      'OM beoordeelt strafrechtelijke mogelijkheden',
    ])
    await page.getByLabel('Uiterlijk tot en met').fill('')
    await page.getByLabel('Alleen te laat').check()
    await expectListed(page, '1 actiepunt, waarvan 1 te laat.', ['Politie levert informatiebeeld aan'])
    await selectByLabel(partnerFilter, 'OM')
    await page.getByText('Geen actiepunten met deze filters.').waitFor()
    await checkScreen(app, 'actiepunten: geen resultaat')
  })

  test('cases whose phase asks for a decision go on the agenda with one action', async () => {
    const app = await tafelwerk.start({ ...openVault, route: 'vergaderingen' })
    const { page } = app
    const ref = await references(app)
    const seedCase = (alias: string) =>
      app.call(
        'case:create',
        plainCase(ref.table('D'), alias, { registeredOn: todayIso(), retentionUntil: `${String(YEAR + 5)}-01-01` }),
      ) as Promise<{ ok: true; value: Output<'case:create'> }>
    const first = (await seedCase('Stille Haven')).value
    const second = (await seedCase('Groene Loods')).value
    const meeting = await seedMeeting(app, ref.table('D'), 'sjabloon')

    await page.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}`), meeting.id)
    const candidates = page.getByRole('region', { name: 'Casussen die een besluit vragen' })
    await candidates.getByText(`${first.code} Stille Haven – fase Signaal; voorstel: Start analyse`).waitFor()
    await candidates.getByText(`${second.code} Groene Loods – fase Signaal; voorstel: Start analyse`).waitFor()
    await checkScreen(app, 'vergadering: casussen die een besluit vragen')

    await candidates.getByRole('button', { name: 'Deze 2 casussen op de agenda zetten' }).click()
    await page.getByTestId('announcer').getByText('2 casussen zijn op de agenda gezet.').waitFor({ state: 'attached' })
    // Both under "Nieuwe signalen" (item 4 of the template), oldest waiting first.
    const agenda = page.getByRole('list', { name: 'Agenda' })
    await agenda.getByRole('listitem', { name: `Agendapunt 4.1: ${first.code} Stille Haven` }).waitFor()
    await agenda.getByRole('listitem', { name: `Agendapunt 4.2: ${second.code} Groene Loods` }).waitFor()
    expect(await candidates.getByText('Staat op de agenda').count()).toBe(2)
    expect(await candidates.getByRole('button').count()).toBe(0)
    await checkScreen(app, 'vergadering: casussen op de agenda gezet')
  })
})
