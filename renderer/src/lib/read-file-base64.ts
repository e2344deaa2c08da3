/**
 * A chosen file's bytes as base64, the way bytes cross the contract (an
 * attachment for `attachment:add`, a report package for
 * `districtReport:openPackage`). What the file is, is for the vault side to
 * say from the bytes. A failed read rejects with `unreadable()`, so each
 * caller says in its own words which file and what happened.
 */
export function readFileAsBase64(
  file: File,
  unreadable: () => Error = () =>
    new Error(`Het bestand ‘${file.name}’ kon niet worden gelezen. Kies het bestand opnieuw.`),
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    const fail = () => reject(unreadable())
    reader.onerror = fail
    reader.onabort = fail
    reader.onload = () => {
      // A data: URL, "data:<type>;base64,<bytes>": the part after the comma is the file.
      const url = typeof reader.result === 'string' ? reader.result : ''
      const comma = url.indexOf(',')
      if (comma < 0) fail()
      else resolve(url.slice(comma + 1))
    }
    reader.readAsDataURL(file)
  })
}
