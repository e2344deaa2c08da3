import { benchCaseRegister } from './case-register.bench'
import { benchExports } from './exports.bench'
import { benchMeetings } from './meetings.bench'
import { benchVault } from './vault.bench'

/**
 * `npm run bench`: one JSON line per measured operation, on data generated at
 * the stated size in temporary encrypted vaults, through the real code paths.
 */
await benchVault()
await benchCaseRegister()
await benchMeetings()
await benchExports()
