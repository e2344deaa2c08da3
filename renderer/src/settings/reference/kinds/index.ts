import type { AnyKindConfig } from '../reference-config'
import { districtKind } from './district-kind'
import { gemeenteKind } from './gemeente-kind'
import { partnerKind } from './partner-kind'
import { phaseKind } from './phase-kind'
import { tableKind } from './table-kind'
import { themeKind } from './theme-kind'

/** In the order the settings navigation shows them. */
export const referenceKindConfigs: readonly AnyKindConfig[] = [
  tableKind,
  districtKind,
  gemeenteKind,
  partnerKind,
  themeKind,
  phaseKind,
]
