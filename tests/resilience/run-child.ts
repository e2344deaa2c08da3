import { spawn } from 'node:child_process'
import type { ChildConfig } from './kill-protocol'

/**
 * Decides, from each line as it arrives, whether and when to kill: a delay
 * in ms, or null to wait for more. It is first asked with SPAWNED, as the
 * child starts, so a kill can also land while it unlocks.
 */
export type KillPlan = (line: string) => number | null

export const SPAWNED = 'spawned'

export interface ChildRun {
  startedAt: number
  /** Every line the child printed, in order, with the parent's clock when it arrived. */
  lines: { text: string; at: number }[]
  /** Null when the child was killed, as it must be; else how it ended by itself. */
  endedBy: string | null
  stderr: string
}

/**
 * Starts the bundled kill child and kills it with SIGKILL when the plan says
 * so, or after `limitMs` at the latest. Its lines arrive through a pipe,
 * which node writes synchronously on Linux: a line printed before the kill
 * is never lost with the process.
 */
export function runChild(script: string, config: ChildConfig, plan: KillPlan, limitMs: number): Promise<ChildRun> {
  const child = spawn(process.execPath, [script, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] })
  const run: ChildRun = { startedAt: performance.now(), lines: [], endedBy: null, stderr: '' }
  let pending = ''
  const kill = () => child.kill('SIGKILL')
  const limit = setTimeout(kill, limitMs)
  const first = plan(SPAWNED)
  let planned = first === null ? null : setTimeout(kill, first)
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const parts = pending.split('\n')
      pending = parts.pop() ?? ''
      for (const text of parts) {
        run.lines.push({ text, at: performance.now() })
        const delay = planned ? null : plan(text)
        if (delay !== null) planned = setTimeout(kill, delay)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (run.stderr.length < 20_000) run.stderr += chunk.toString()
    })
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(limit)
      if (planned) clearTimeout(planned)
      if (pending) run.lines.push({ text: pending, at: performance.now() })
      if (signal !== 'SIGKILL') run.endedBy = `exit code ${String(code)}, signal ${String(signal)}`
      done(run)
    })
  })
}
