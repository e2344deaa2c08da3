/**
 * A child process for the kill tests: unlocks the vault in the folder given
 * as the first argument and, until it is killed, saves a row and replaces the
 * data key, printing each row's key and each rotation only after it returned.
 *
 * With TAFELWERK_KILL_AT=before-2 (or after-1, …) it kills itself with SIGKILL
 * just before or after the n-th rename of its first rotation: the three
 * renames are the header announcing the rotation, the re-encrypted copy
 * taking the database's place, and the final header. The vault's code is not
 * touched: node:fs itself is wrapped. Renames of the processing log's anchor
 * are not counted: they are not steps of the rotation.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { Vault } from '../../db/vault/vault'
import { PASSPHRASE } from './temp-vault'

const folder = process.argv[2]
if (!folder) throw new Error('usage: rotate-forever <vault folder>')
const killAt = /^(before|after)-([123])$/u.exec(process.env['TAFELWERK_KILL_AT'] ?? '')
let renames = -1
const rename = fs.renameSync
fs.renameSync = (from, to) => {
  // The processing log's anchor is rewritten around a rotation too; the three renames counted are the rotation's own.
  if (renames >= 0 && !String(to).endsWith('.log-anchor.json')) renames++
  if (killAt?.[1] === 'before' && renames === Number(killAt[2])) process.kill(process.pid, 'SIGKILL')
  rename(from, to)
  if (killAt?.[1] === 'after' && renames === Number(killAt[2])) process.kill(process.pid, 'SIGKILL')
}
syncBuiltinESMExports()

const vault = new Vault(folder)
await vault.unlock(PASSPHRASE)
process.stdout.write('ready\n')
for (let round = 0; ; round++) {
  const key = `rij-${String(process.pid)}-${String(round)}`
  await vault.db.insertInto('setting').values({ key, value: '"opgeslagen"' }).execute()
  process.stdout.write(`saved ${key}\n`)
  renames = 0
  await vault.newDataKey(PASSPHRASE)
  renames = -1
  process.stdout.write('rotated\n')
}
