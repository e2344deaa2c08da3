/**
 * A chosen file's bytes as base64, the way bytes cross the contract (a
 * report package for `districtReport:openPackage`). What the file is, is
 * for the vault side to say from the bytes; a failed read says which file.
 */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    const unreadable = () =>
      reject(new Error(`Het bestand ‘${file.name}’ kon niet worden gelezen. Kies het bestand opnieuw.`))
    reader.onerror = unreadable
    reader.onabort = unreadable
    reader.onload = () => {
      // A data: URL, "data:<type>;base64,<bytes>": the part after the comma is the file.
      const url = typeof reader.result === 'string' ? reader.result : ''
      const comma = url.indexOf(',')
      if (comma < 0) unreadable()
      else resolve(url.slice(comma + 1))
    }
    reader.readAsDataURL(file)
  })
}
