import { useEffect, useState } from 'react'
import type { BackupProgress } from '../../../shared/contract/backup.contract'
import { useVaultQuery } from '../api/use-vault-query'

const POLL_MS = 250
const NO_INPUT = {}

const phaseText: Record<NonNullable<BackupProgress['phase']>, string> = {
  snapshot: 'Kopie van de kluis maken…',
  check: 'Kopie controleren…',
  write: 'Back-up wegschrijven…',
  readback: 'Back-up teruglezen en vergelijken…',
}
/** The phases' share of the bar: writing and reading back move with the bytes, the others step. */
const phaseStart = { snapshot: 0, check: 0.1, write: 0.2, readback: 0.7 } as const
const phaseShare = { snapshot: 0.1, check: 0.1, write: 0.5, readback: 0.3 } as const

/** While a back-up runs: main's progress, asked for every quarter second. */
export function BackupProgressBar() {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((count) => count + 1), POLL_MS)
    return () => clearInterval(timer)
  }, [])
  const progress = useVaultQuery('backup:progress', NO_INPUT, { version: tick }).data
  const phase = progress?.phase ?? 'snapshot'
  const fraction = progress && progress.totalBytes > 0 ? progress.doneBytes / progress.totalBytes : 0
  const value = Math.round((phaseStart[phase] + phaseShare[phase] * Math.min(1, fraction)) * 100)
  return (
    <div className="backup-progress">
      <label className="field__label" htmlFor="backup-progress">
        {phaseText[phase]}
      </label>
      <progress id="backup-progress" className="backup-progress__bar" max={100} value={value}>
        {value}%
      </progress>
    </div>
  )
}
