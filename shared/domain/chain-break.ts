import type { ChainState } from '../contract/processing-chain.contract'
import { dutchMoment } from './dutch-moment'

type Broken = Extract<ChainState, { state: 'broken' }>
type Intact = Extract<ChainState, { state: 'intact' }>

/** What a broken chain means, in words a privacy officer can act on; it names the first bad entry. */
export function chainBreakMessage(state: Broken): string {
  const entry = `regel ${String(state.firstBadSeq)}`
  const at = state.firstBadAt ? ` (vastgelegd op ${dutchMoment(state.firstBadAt)})` : ''
  switch (state.reason) {
    case 'changed':
      return `De eerste gewijzigde regel is ${entry}${at}: die is veranderd nadat hij was vastgelegd.`
    case 'missing':
      return `${capitalised(entry)} ontbreekt: die is uit het verwerkingenlog verwijderd.`
    case 'truncated':
      return `Het verwerkingenlog is korter dan bij de vorige vergrendeling: de regels vanaf ${entry} ontbreken.`
    case 'replaced':
      return `Het verwerkingenlog hoort niet bij de vorige sessie vanaf ${entry}: mogelijk is een oudere kopie van de kluis teruggezet.`
    case 'anchor-invalid':
      return 'Het controlebestand naast de kluis is gewijzigd of hoort niet bij deze kluis.'
    case 'anchor-missing':
      return 'Het controlebestand naast de kluis ontbreekt, terwijl het verwerkingenlog al regels heeft.'
  }
}

/**
 * What an intact chain's last check covered and when: at unlock only the
 * entries since the previous check (possibly none), in full from entry 1.
 */
export function chainIntactMessage(state: Intact): string {
  const at = `Gecontroleerd op ${dutchMoment(state.checkedAt)}`
  if (state.checkedThrough === 0) return `${at}: het log had toen nog geen regels.`
  if (state.checkedFrom > state.checkedThrough)
    return `${at}: geen nieuwe regels sinds de vorige controle (het log telt ${String(state.checkedThrough)} regels).`
  const range =
    state.checkedFrom === state.checkedThrough
      ? `regel ${String(state.checkedFrom)} is`
      : `regel ${String(state.checkedFrom)} tot en met ${String(state.checkedThrough)} zijn`
  const earlier = state.checkedFrom > 1 ? ' De regels daarvoor waren al eerder gecontroleerd.' : ''
  return `${at}: ${range} in orde.${earlier}`
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
