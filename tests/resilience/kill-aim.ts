import type { KillFocus } from './kill-protocol'
import { type ChildRun, type KillPlan, SPAWNED } from './run-child'
import type { Random } from './seeded-random'

/*
 * Where kills are aimed. The seed fixes every choice; where in a back-up or a
 * rotation a kill lands also depends on how fast the machine is, so the
 * windows are learnt from the durations the children showed so far.
 */

/** How long a back-up, a rotation and a whole round took so far: the windows kills are aimed in. */
export class Durations {
  private readonly means = { backup: 150, rotation: 500, round: 300, startup: 300 }

  window(what: keyof Durations['means']): number {
    return this.means[what]
  }

  learn(run: ChildRun): void {
    const starts: Partial<Record<string, number>> = {}
    let lastCase: number | null = null
    const ready = run.lines.find((line) => line.text === 'ready')
    if (ready) this.note('startup', ready.at - run.startedAt)
    for (const { text, at } of run.lines) {
      const [word] = text.split(' ')
      if (word === 'backup-start' || word === 'rotation-start') starts[word] = at
      if (word === 'backup-done') this.note('backup', at - (starts['backup-start'] ?? at))
      if (word === 'rotation-done') this.note('rotation', at - (starts['rotation-start'] ?? at))
      if (word === 'case') {
        if (lastCase !== null) this.note('round', at - lastCase)
        lastCase = at
      }
    }
  }

  private note(what: keyof Durations['means'], ms: number): void {
    this.means[what] = 0.8 * this.means[what] + 0.2 * ms
  }
}

/**
 * When to kill: a random moment inside the n-th back-up or rotation; or,
 * with no focus, anywhere in the first rounds, counted half the time from
 * the start, so that some kills land while the child unlocks.
 */
export function planFor(focus: KillFocus, random: Random, durations: Durations): KillPlan {
  const target = `${focus}-start`
  const nth = 1 + random.below(2)
  const fromStart = random.below(2) === 0
  let seen = 0
  return (line) => {
    if (focus === 'mixed') {
      const round = 2 * durations.window('round')
      if (fromStart) return line === SPAWNED ? random.next() * (durations.window('startup') + round) : null
      return line === 'ready' ? random.next() * round : null
    }
    if (line !== target || ++seen < nth) return null
    return random.next() * 1.1 * durations.window(focus)
  }
}

export type Moment = 'startup' | 'backup' | 'rotation' | null

/** What the child was doing when it died: starting up (not ready yet), or the last start without its done. */
export function killedDuring(run: ChildRun): Moment {
  let during: Moment = 'startup'
  for (const { text } of run.lines) {
    if (text === 'ready') during = null
    else if (text === 'backup-start') during = 'backup'
    else if (text === 'rotation-start') during = 'rotation'
    else if (text.startsWith('backup-done') || text.startsWith('rotation-done')) during = null
  }
  return during
}
