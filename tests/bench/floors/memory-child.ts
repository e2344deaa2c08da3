import { createDispatcher } from '../../../db/handlers/dispatch'
import { Vault } from '../../../db/vault/vault'
import { PASSPHRASE } from './scale-vault'

/**
 * Run as its own process on the scale vault the suite made: unlocks it and
 * goes through what a session does (the whole case list page by page, 100
 * case pages, searches, the concept meetings, the district report), then
 * prints process.memoryUsage() as one JSON object. Its own process, so the
 * bench's generator, floor connections and timings are not counted.
 */
const folder = process.argv[2]
if (!folder) throw new Error('usage: memory-child.ts <vault folder>')
const vault = new Vault(folder)
await vault.unlock(PASSPHRASE)
const dispatch = createDispatcher(vault)
const call = async (channel: string, input: unknown) => {
  const answer = await dispatch(channel, input)
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code}`)
  return answer.value
}
const none = { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' }
const cases = await vault.db.selectFrom('omt_case').select('id').execute()
for (let offset = 0; offset < cases.length; offset += 100)
  await call('case:list', { filter: none, sort: { by: 'updated', direction: 'desc' }, offset, limit: 100 })
for (const { id } of cases.filter((_, index) => index % Math.max(1, Math.floor(cases.length / 100)) === 0))
  await call('case:get', { id })
for (const text of ['haven', 'jan de vries', 'vastgoed', 'a', 'de', 'beslag fiod'])
  await call('search:query', { text, limitPerKind: 20 })
const meetings = await vault.db.selectFrom('meeting').select('id').where('status', '=', 'verslag-concept').execute()
for (const { id } of meetings) await call('meeting:get', { id })
await call('districtReport:get', { scope: { kind: 'regio' }, period: { from: '2026-01-01', to: '2026-06-30' } })
const usage = process.memoryUsage()
vault.lock()
console.log(JSON.stringify(usage))
