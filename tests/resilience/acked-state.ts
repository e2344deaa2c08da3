/**
 * What the children of one lane reported, summed over its iterations: the
 * ids whose answers came back, which the vault must hold after any kill, and
 * the agenda orders sent and acknowledged.
 */
export class AckedState {
  readonly cases = new Set<string>()
  /** Decision id → its case, for the decisions that moved a case to another phase. */
  readonly phaseDecisions = new Map<string, string>()
  /** Decision id → its case, for the decisions that added subjects. */
  readonly subjectDecisions = new Map<string, string>()
  /** The agenda order last acknowledged, or found after a reopen; null before the first. */
  lastOrder: string[] | null = null
  /** An order sent after lastOrder whose answer never came: it may or may not have committed. */
  sentOrder: string[] | null = null
  /** The newest back-up reported done, which must still be there and readable. */
  lastBackup: string | null = null
  dataKeyHex: string
  /** Counts of acknowledged reorders, back-ups and rotations, for the summary. */
  orders = 0
  backups = 0
  rotations = 0

  constructor(dataKeyHex: string) {
    this.dataKeyHex = dataKeyHex
  }

  /** Takes one printed line; returns an error text for a line that makes no sense. */
  take(line: string): string | null {
    const [word, ...rest] = line.split(' ')
    switch (word) {
      case 'case':
        this.cases.add(rest[0] ?? '')
        return null
      case 'decision':
        this.phaseDecisions.set(rest[0] ?? '', rest[1] ?? '')
        return null
      case 'subjects':
        this.subjectDecisions.set(rest[0] ?? '', rest[1] ?? '')
        return null
      case 'order-sent':
        this.sentOrder = JSON.parse(rest[1] ?? '[]') as string[]
        return null
      case 'order-acked': {
        const acked = JSON.parse(rest[1] ?? '[]') as string[]
        const sent = this.sentOrder
        this.lastOrder = acked
        this.sentOrder = null
        this.orders++
        return sent && JSON.stringify(sent) !== JSON.stringify(acked)
          ? `the move answered ${JSON.stringify(acked)}, not the order sent ${JSON.stringify(sent)}`
          : null
      }
      case 'backup-done':
        this.lastBackup = rest[0] ?? null
        this.backups++
        return null
      case 'rotation-done':
        this.dataKeyHex = rest[0] ?? ''
        this.rotations++
        return null
      case 'ready':
      case 'backup-start':
      case 'rotation-start':
        return null
      default:
        return `unexpected line from the child: ${line.slice(0, 200)}`
    }
  }

  /** After a reopen the order in the vault is durable: it is what the next child starts from. */
  settleOrder(found: string[]): void {
    this.lastOrder = found
    this.sentOrder = null
  }
}
