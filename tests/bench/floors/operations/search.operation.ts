import type { Vault } from '../../../../db/vault/vault'
import { channelParts } from '../channel-parts'
import type { Operation } from '../floor-row'
import { searchFloor } from './search.floor'

const LIMIT = 20
/** What people type: names, aliases, codes, themes, measures, partial words. */
const TERMS = [
  'haven',
  'jan de vries',
  'vastgoed',
  'D-2024',
  'damocles',
  'kenteken',
  'mohamed',
  'westland',
  'b.v.',
  'de',
  'a',
  'reig',
  'Yilmaz',
  'beslag fiod',
]

export async function searchOperation(vault: Vault, runs: number): Promise<Operation> {
  const parts = channelParts(vault, 'search:query')
  const inputs = TERMS.map((text) => ({ text, limitPerKind: LIMIT }))
  const outputs = await Promise.all(inputs.map((input) => parts.call(input)))
  const pick = <T>(list: T[], run: number) => list[run % list.length] as T
  return {
    name: 'search-top-20',
    budget: { text: 'p95 < 50 ms, ratio ≤ 3', limit_ms: 50, on: 'p95', ratio: 3 },
    runs,
    ours: (run) => parts.call(pick(inputs, run)),
    handler: (run) => parts.handler(pick(inputs, run)),
    log: (run) => parts.appendLog(pick(inputs, run), pick(outputs, run)),
    floor: searchFloor(TERMS, LIMIT),
    logShape: parts.logShape(pick(inputs, 0), pick(outputs, 0)),
    parse: (run) => parts.parseOutput(pick(outputs, run)),
    extra: { terms: TERMS.length, limitPerKind: LIMIT },
  }
}
