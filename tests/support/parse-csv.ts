/**
 * An RFC 4180 reader with `;` as separator, for reading our CSV exports
 * back: quoted fields may hold `;`, `""` and line breaks. Strict: a quote in
 * an unquoted field or text after a closing quote throws.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let index = 0
  let quotedField = false
  const endField = () => {
    row.push(field)
    field = ''
    quotedField = false
  }
  while (index < text.length) {
    const char = text[index]
    if (char === '"' && field === '' && !quotedField) {
      quotedField = true
      index++
      for (;;) {
        if (index >= text.length) throw new Error('unclosed quote')
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"'
            index += 2
            continue
          }
          index++
          break
        }
        field += text[index]
        index++
      }
      if (index < text.length && text[index] !== separator && text[index] !== '\r')
        throw new Error(`text after a closing quote at ${String(index)}`)
      continue
    }
    if (char === separator) {
      endField()
      index++
    } else if (char === '\r' && text[index + 1] === '\n') {
      endField()
      rows.push(row)
      row = []
      index += 2
    } else if (char === '\n') {
      throw new Error(`bare LF at ${String(index)}`)
    } else {
      if (char === '"') throw new Error(`quote inside an unquoted field at ${String(index)}`)
      field += char
      index++
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF')
  return rows
}
