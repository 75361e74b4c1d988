/** What a chart shows, as plain numbers and labels (pure functions build it from a result; see ./specs.ts). */
export interface TableData {
  /** Header of the first column (what each row is) and of each value column. */
  corner: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}
