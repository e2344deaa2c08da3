import '@tanstack/react-table'

declare module '@tanstack/react-table' {
  // Per-column presentation hints for the reference tables.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    numeric?: boolean
    mono?: boolean
    fit?: boolean
  }
}
