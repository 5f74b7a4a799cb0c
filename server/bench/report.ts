export interface BenchRow {
  engine: string; // "SQLite" | "PostgreSQL" | "both"
  case: string;
  portico: string; // e.g. "1.21 ms (p10 1.02–p90 1.80)"
  baseline: string;
  ratio: string; // e.g. "0.62×" or "—"
  target: string;
  met: boolean;
  statements?: string;
  note?: string;
}
