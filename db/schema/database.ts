import type { CaseGemeenteTable, CasePhaseTable, CaseSequenceTable, CaseSummaryTable, CaseThemeTable, OmtCaseTable } from './case.table'
import type { InterventionTable } from './intervention.table'
import type {
  DistrictTable,
  GemeenteTable,
  OmtTableTable,
  PartnerTable,
  PhaseTable,
  ThemeTable,
} from './reference.table'
import type { SearchDocumentTable } from './search.table'
import type { SettingTable } from './setting.table'
import type { InvolvementTable, SubjectTable } from './subject.table'

/** Kysely's view of the vault: one entry per SQL table. */
export interface Database {
  district: DistrictTable
  omt_table: OmtTableTable
  gemeente: GemeenteTable
  partner: PartnerTable
  theme: ThemeTable
  phase: PhaseTable
  setting: SettingTable
  omt_case: OmtCaseTable
  case_summary: CaseSummaryTable
  case_sequence: CaseSequenceTable
  case_theme: CaseThemeTable
  case_gemeente: CaseGemeenteTable
  case_phase: CasePhaseTable
  subject: SubjectTable
  involvement: InvolvementTable
  intervention: InterventionTable
  search_document: SearchDocumentTable
}
