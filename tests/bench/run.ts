import { benchBackup } from './backup.bench'
import { benchCaseRegister } from './case-register.bench'
import { benchDistrictReport } from './district-report.bench'
import { benchExports } from './exports.bench'
import { benchMeetings } from './meetings.bench'
import { benchProcessingLog } from './processing-log.bench'
import { benchProcessingLogViewer } from './processing-log-viewer.bench'
import { benchVault } from './vault.bench'

const benches: Record<string, () => Promise<void>> = {
  vault: benchVault,
  'case-register': benchCaseRegister,
  meetings: benchMeetings,
  exports: benchExports,
  'district-report': benchDistrictReport,
  'processing-log': benchProcessingLog,
  'processing-log-viewer': benchProcessingLogViewer,
  backup: benchBackup,
}

/**
 * `npm run bench`: one JSON line per measured operation, on data generated at
 * the stated size in temporary encrypted vaults, through the real code paths.
 * `npm run bench -- case-register meetings` runs only those (to compare two
 * versions in one quiet window).
 */
const chosen = process.argv.slice(2)
const unknown = chosen.filter((name) => !(name in benches))
if (unknown.length > 0)
  throw new Error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`)
for (const [name, bench] of Object.entries(benches)) if (chosen.length === 0 || chosen.includes(name)) await bench()
