import { describe, expect, test } from 'vitest'
import type { Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import type { Vault } from '../../db/vault/vault'
import { TafelwerkApp } from './harness/tafelwerk-app'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Geen woord gaat verloren hier'
const tafelwerk = useTafelwerk()

async function call<T>(app: TafelwerkApp, channel: string, input: unknown): Promise<T> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

describe('Autosave', () => {
  test('text typed just before the window closes is saved, without waiting for the typing pause', async () => {
    const app = await tafelwerk.start({
      prepare: async (vault: Vault) => {
        await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
      },
    })
    const tables = await call<Output<'reference:list'>>(app, 'reference:list', {
      kind: 'table',
      includeArchived: false,
    })
    const tableId = tables.rows.find((row) => 'code' in row && row.code === 'D')?.id
    const meeting = await call<Output<'meeting:create'>>(app, 'meeting:create', {
      tableId,
      values: { date: todayIso(), startTime: '09:30', location: '', chair: null, secretary: null, numberPrefix: '' },
      source: 'sjabloon',
    })
    await app.page.goto(TafelwerkApp.url(`vergaderingen/${meeting.id}/vergadermodus`))
    await heading(app.page, 'Vergadermodus')
    const first = meeting.items[0]
    if (!first) throw new Error('the template has no items')
    await app.page.getByLabel(`Verslagtekst bij agendapunt ${first.number}`).fill('Laatste zin voor het sluiten')

    // Straight away: the 700 ms pause has not passed, nothing has blurred the field.
    await app.page.close({ runBeforeUnload: true })
    let saved = ''
    for (let attempt = 0; attempt < 50 && saved === ''; attempt++) {
      const detail = await call<Output<'meeting:get'>>(app, 'meeting:get', { id: meeting.id })
      saved = detail.items.find((item) => item.id === first.id)?.notes ?? ''
      if (saved === '') await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(saved).toBe('Laatste zin voor het sluiten')
  })
})
