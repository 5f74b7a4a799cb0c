// The bench's table: one row per case and engine, as the terminal prints it and as
// docs/performance.md carries it. Every case module answers rows of this shape.

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

/** The q-quantile (0…1) of samples by the nearest-rank rule; NaN for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** Milliseconds with three significant figures at most: 0.412, 4.12, 41.2, 412. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

/** "1.21 ms (p10 1.02–p90 1.80)": the median with the middle 80 % of samples. */
export function medianWithSpread(samples: readonly number[]): string {
  return `${ms(median(samples))} (p10 ${ms(quantile(samples, 0.1)).replace(" ms", "")}–p90 ${ms(quantile(samples, 0.9)).replace(" ms", "")})`;
}

/** "4.80 ms (p50 1.10)": for a target set on the 99th percentile. */
export function p99WithMedian(samples: readonly number[]): string {
  return `${ms(quantile(samples, 0.99))} p99 (p50 ${ms(median(samples)).replace(" ms", "")})`;
}

/** Requests per second, three significant figures. */
export function rps(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return `${value >= 100 ? value.toFixed(0) : value.toPrecision(3)} req/s`;
}

/** "0.62×"; "—" when either side is missing. */
export function ratio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return "—";
  return `${(ours / theirs).toFixed(ours / theirs >= 10 ? 1 : 2)}×`;
}

/** Bytes as MB (10^6), as the memory target is written. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(0)} MB`;
}

const COLUMNS: Array<{ title: string; cell: (row: BenchRow) => string }> = [
  { title: "engine", cell: (r) => r.engine },
  { title: "case", cell: (r) => r.case },
  { title: "Portico", cell: (r) => r.portico },
  { title: "baseline", cell: (r) => r.baseline },
  { title: "ratio", cell: (r) => r.ratio },
  { title: "target", cell: (r) => r.target },
  { title: "met?", cell: (r) => (r.met ? "yes" : "NO") },
  { title: "statements", cell: (r) => r.statements ?? "" },
  { title: "note", cell: (r) => r.note ?? "" },
];

/** The rows as aligned plain text for a terminal. */
export function renderText(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => COLUMNS.map((c) => c.cell(row)));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map((line) => (line[i] ?? "").length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    line(COLUMNS.map((c) => c.title)),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map((values) => line(values)),
  ].join("\n");
}

/** The rows as a Markdown table; pipes inside cells are escaped. */
export function renderMarkdown(rows: readonly BenchRow[]): string {
  const cellText = (value: string) => value.replaceAll("|", "\\|");
  return [
    `| ${COLUMNS.map((c) => c.title).join(" | ")} |`,
    `|${COLUMNS.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${COLUMNS.map((c) => cellText(c.cell(row))).join(" | ")} |`),
  ].join("\n");
}
