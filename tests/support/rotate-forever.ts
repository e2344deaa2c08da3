/**
 * A child process for the kill test: unlocks the vault in the folder given
 * as the first argument and, until it is killed, saves a row and replaces the
 * data key, printing each row's key and each rotation only after it returned.
 */
import { Vault } from '../../db/vault/vault'
import { PASSPHRASE } from './temp-vault'

const folder = process.argv[2]
if (!folder) throw new Error('usage: rotate-forever <vault folder>')
const vault = new Vault(folder)
await vault.unlock(PASSPHRASE)
process.stdout.write('ready\n')
for (let round = 0; ; round++) {
  const key = `rij-${String(process.pid)}-${String(round)}`
  await vault.db.insertInto('setting').values({ key, value: '"opgeslagen"' }).execute()
  process.stdout.write(`saved ${key}\n`)
  await vault.newDataKey(PASSPHRASE)
  process.stdout.write('rotated\n')
}
