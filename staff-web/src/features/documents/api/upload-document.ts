import type { DocumentKind } from "../../../gql/graphql";
import { uploadFile } from "../../../lib/uploads";

export type DocumentUpload = {
  title: string;
  kind: DocumentKind;
  shared: boolean;
  requiresSignature: boolean;
};

export function documentUploadUrl(customerId: string, upload: DocumentUpload): string {
  const query = new URLSearchParams({
    title: upload.title,
    kind: upload.kind,
    shared: upload.shared ? "1" : "0",
    requiresSignature: upload.requiresSignature ? "1" : "0",
  });
  return `/uploads/customers/${encodeURIComponent(customerId)}/documents?${query}`;
}

/** POST /uploads/customers/<id>/documents: 201 with the new document's id, or the server's reason. */
export function uploadDocument(customerId: string, file: File, upload: DocumentUpload) {
  return uploadFile<{ id: number | string }>(documentUploadUrl(customerId, upload), file);
}
