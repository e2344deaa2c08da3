import '@tanstack/react-table'

declare module '@tanstack/react-table' {
  // Per-column presentation hints for the app's tables.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    numeric?: boolean
    mono?: boolean
    fit?: boolean
    /** A class for the column's cells and header: its width in a fixed-layout table. */
    className?: string
  }
}
