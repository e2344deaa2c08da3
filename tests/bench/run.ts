import { benchBackup } from './backup.bench'
import { benchExports } from './exports.bench'
import { benchFloors } from './floors.bench'
import { benchMeetings } from './meetings.bench'
import { benchProcessingLog } from './processing-log.bench'
import { benchProcessingLogViewer } from './processing-log-viewer.bench'
import { benchVault } from './vault.bench'

/** The default: issue 14's budget table, every operation beside its floor, in one run (floors.bench.ts). */
const suite: Record<string, () => Promise<unknown>> = { floors: benchFloors }

/**
 * By name only: what the suite does not cover (reorder, a meeting from the
 * previous one, DOCX and cold PDF, the log's own costs, the log viewer,
 * back-up and restore, unlock of an empty vault). The case register's and
 * the district report's own benches went: the suite times them beside their floors.
 */
const byName: Record<string, () => Promise<unknown>> = {
  ...suite,
  vault: benchVault,
  meetings: benchMeetings,
  exports: benchExports,
  'processing-log': benchProcessingLog,
  'processing-log-viewer': benchProcessingLogViewer,
  backup: benchBackup,
}

/**
 * `npm run bench`: one JSON line per measured operation, on data generated at
 * the stated size in temporary encrypted vaults, through the real code paths,
 * then the budget table. `npm run bench -- meetings backup` runs only those
 * (to compare two versions in one quiet window).
 */
const chosen = process.argv.slice(2)
const unknown = chosen.filter((name) => !(name in byName))
if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(byName).join(', ')}`)
for (const [name, bench] of Object.entries(chosen.length === 0 ? suite : byName))
  if (chosen.length === 0 || chosen.includes(name)) await bench()
