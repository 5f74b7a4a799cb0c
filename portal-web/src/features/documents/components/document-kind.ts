import type { DocumentKind } from "../../../gql/graphql";

const labels: Record<DocumentKind, string> = {
  STORAGE_AGREEMENT: "Storage agreement",
  LIABILITY_WAIVER: "Liability waiver",
  AGREEMENT: "Agreement",
  FILE: "File",
};

export function documentKindLabel(kind: DocumentKind): string {
  return labels[kind] ?? "Document";
}

/** The first 12 hex digits of the signed file's SHA-256: enough to compare two copies by eye. */
export function fingerprint(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}
