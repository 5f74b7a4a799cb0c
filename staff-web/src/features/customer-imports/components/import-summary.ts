import type { CustomerImportSummaryFragment } from "../../../gql/graphql";

const n = (value: number) => value.toLocaleString("en-US");
const plural = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;

/** The preview in one sentence: "3 new customers with 4 cars; 1 duplicate and 2 errors skipped". */
export function previewSentence(job: CustomerImportSummaryFragment): string {
  const create = `${plural(job.newCustomers, "new customer", "new customers")} with ${plural(job.newCars, "car", "cars")}`;
  const skipped = [
    job.duplicates ? plural(job.duplicates, "duplicate", "duplicates") : null,
    job.errors ? plural(job.errors, "error", "errors") : null,
  ].filter(Boolean);
  return skipped.length ? `${create}; ${skipped.join(" and ")} skipped` : create;
}

/** The run's outcome in one sentence. */
export function reportSentence(job: CustomerImportSummaryFragment): string {
  return `Imported ${plural(job.customersCreated, "customer", "customers")} and ${plural(job.carsCreated, "car", "cars")}; ${plural(job.skipped, "line", "lines")} skipped`;
}

/** How far a run has got, 0 to 100. */
export function progressPercent(job: Pick<CustomerImportSummaryFragment, "processed" | "total">): number {
  return job.total ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 100;
}
