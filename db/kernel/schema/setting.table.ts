/** Application settings that belong to the vault's owner (JSON values by key). */
export interface SettingTable {
  key: string
  value: string
}
