import type { Generated } from 'kysely'

/** SQLite has no boolean: 0/1 in STRICT INTEGER columns. */
type Flag = 0 | 1

export interface DistrictTable {
  id: string
  code: string
  name: string
  archived: Generated<Flag>
}

export interface OmtTableTable {
  id: string
  code: string
  name: string
  district_id: string | null
  case_prefix: string
  archived: Generated<Flag>
}

export interface GemeenteTable {
  id: string
  name: string
  district_id: string | null
  archived: Generated<Flag>
}

export interface PartnerTable {
  id: string
  name: string
  short_name: string
  convenant: Flag
  archived: Generated<Flag>
}

export interface ThemeTable {
  id: string
  name: string
  scope: 'landelijk' | 'regionaal' | 'lokaal'
  archived: Generated<Flag>
}

export interface PhaseTable {
  id: string
  code: string
  name: string
  sort_order: number
  kind: 'hoofd' | 'zij'
  archived: Generated<Flag>
}
