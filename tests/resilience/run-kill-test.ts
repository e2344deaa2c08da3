/**
 * `npm run test:resilience`: the kill test of issue 13 at full length.
 * Usage: tsx tests/resilience/run-kill-test.ts --iterations 2000 --seed 1 --lanes 2
 * Prints one line per 100 iterations and a summary; exits 1 on any failure.
 */
import { parseArgs } from 'node:util'
import { runKillLoop } from './kill-loop'

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    lanes: { type: 'string', default: '2' },
  },
})
const iterations = Number(values.iterations)
const seed = Number(values.seed)
const lanes = Number(values.lanes)
if (![iterations, seed, lanes].every(Number.isInteger) || iterations < 1 || lanes < 1)
  throw new Error('usage: run-kill-test --iterations N --seed S --lanes L')

let done = 0
const summary = await runKillLoop({
  iterations,
  seed,
  lanes,
  onIteration: (report) => {
    done++
    for (const problem of report.problems)
      console.error(`lane ${String(report.lane)} #${String(report.iteration)}: ${problem}`)
    if (done % 100 === 0) console.info(`${String(done)}/${String(iterations)} kills`)
  },
})
console.info(JSON.stringify({ ...summary, failures: summary.failures.length }, null, 2))
console.info(
  `kill test: ${String(summary.iterations)} kills (seed ${String(seed)}, ${String(lanes)} lanes) in ` +
    `${(summary.durationMs / 1000).toFixed(0)} s: ${String(summary.killsDuringBackup)} during a back-up, ` +
    `${String(summary.killsDuringRotation)} during a key rotation, ${String(summary.failures.length)} failures`,
)
for (const failure of summary.failures) console.error(failure)
process.exitCode = summary.failures.length === 0 ? 0 : 1
