import { create } from 'zustand'
import type { DistrictReport } from '../../../shared/contract/district-report.contract'
import { request } from '../api/request'
import { readFileAsBase64 } from '../lib/read-file-base64'

export interface OpenedPackage {
  fileName: string
  report: DistrictReport
}

interface PackageState {
  /** The report packages being viewed, with no vault open; null on the vault's own screens. */
  opened: OpenedPackage[] | null
  /**
   * Reads and checks the chosen files, one by one: the first that is damaged
   * or foreign rejects with its Dutch message and nothing is opened.
   */
  open: (files: readonly File[]) => Promise<void>
  close: () => void
}

export const usePackages = create<PackageState>()((set) => ({
  opened: null,
  async open(files) {
    const opened: OpenedPackage[] = []
    for (const file of files) {
      const bytes = await readFileAsBase64(file)
      const report = await request('districtReport:openPackage', { bytes, fileName: file.name })
      opened.push({ fileName: file.name, report })
    }
    if (opened.length > 0) set({ opened })
  },
  close() {
    set({ opened: null })
  },
}))
