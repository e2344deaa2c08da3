import type {
  DistrictTable,
  GemeenteTable,
  OmtTableTable,
  PartnerTable,
  PhaseTable,
  ThemeTable,
} from './reference.table'
import type { SettingTable } from './setting.table'

/** Kysely's view of the vault: one entry per SQL table. */
export interface Database {
  district: DistrictTable
  omt_table: OmtTableTable
  gemeente: GemeenteTable
  partner: PartnerTable
  theme: ThemeTable
  phase: PhaseTable
  setting: SettingTable
}
