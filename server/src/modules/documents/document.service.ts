import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { storeFile } from "../files/file.service.js";
import { notifyInSyncTransaction } from "../notifications/notify.js";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const documentKinds = ["STORAGE_AGREEMENT", "LIABILITY_WAIVER", "AGREEMENT", "FILE"] as const;
export type DocumentKind = (typeof documentKinds)[number];

export type DocumentRow = {
  id: number;
  facility_id: number;
  customer_id: number;
  title: string;
  kind: DocumentKind;
  file_id: number;
  shared_with_customer: number;
  requires_signature: number;
  created_at: number;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  sig_signer_name: string | null;
  sig_typed_name: string | null;
  sig_signed_at: number | null;
  sig_ip: string | null;
  sig_user_agent: string | null;
  sig_document_sha256: string | null;
};

const selectDocuments = `
  SELECT d.*, f.file_name, f.content_type, f.size, f.sha256,
         s.signer_name AS sig_signer_name, s.typed_name AS sig_typed_name, s.signed_at AS sig_signed_at,
         s.ip AS sig_ip, s.user_agent AS sig_user_agent, s.document_sha256 AS sig_document_sha256
  FROM documents d
  JOIN files f ON f.id = d.file_id
  LEFT JOIN document_signatures s ON s.document_id = d.id`;

/** Sniffs the real type from the first bytes; the browser's claim is not trusted. */
export function detectContentType(data: Buffer): string {
  if (data.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  return "application/octet-stream";
}

export function documentsOfCustomer(
  db: Db,
  facilityId: number,
  customerId: number,
  opts: { sharedOnly: boolean },
): DocumentRow[] {
  return db.$client
    .prepare(
      `${selectDocuments} WHERE d.facility_id = ? AND d.customer_id = ? ${opts.sharedOnly ? "AND d.shared_with_customer = 1" : ""}
       ORDER BY d.created_at DESC, d.id DESC`,
    )
    .all(facilityId, customerId) as DocumentRow[];
}

export function getDocument(db: Db, facilityId: number, documentId: number, customerId?: number): DocumentRow {
  const row = db.$client
    .prepare(
      `${selectDocuments} WHERE d.id = ? AND d.facility_id = ? ${customerId === undefined ? "" : "AND d.customer_id = ?"}`,
    )
    .get(...[documentId, facilityId, ...(customerId === undefined ? [] : [customerId])]) as DocumentRow | undefined;
  if (!row) throw notFound("Document");
  return row;
}

function announceContract(
  tx: Db,
  config: Pick<Config, "publicUrl">,
  doc: { facilityId: number; customerId: number; title: string; id: number },
  now: Date,
) {
  notifyInSyncTransaction(
    tx,
    config,
    { facilityId: doc.facilityId, customerId: doc.customerId, kind: "contracts", outboxKind: "CONTRACT", now },
    {
      subject: `Please sign: ${doc.title}`,
      title: "A document is waiting for your signature",
      lines: [`“${doc.title}” is ready to review and sign in your portal.`],
      action: { label: "Review and sign", path: `/portal/documents/${doc.id}` },
    },
  );
}

export function uploadDocument(
  db: Db,
  config: Pick<Config, "publicUrl">,
  staff: { facilityId: number; userId: number },
  customerId: number,
  input: {
    title: string;
    kind: DocumentKind;
    fileName: string;
    data: Buffer;
    shared: boolean;
    requiresSignature: boolean;
  },
  now: Date,
): number {
  const title = input.title.trim();
  if (!title || title.length > 200)
    throw badInput("Give the document a title (up to 200 characters)", { title: "Required" });
  if (!documentKinds.includes(input.kind)) throw badInput("Unknown document kind", { kind: "Pick a kind" });
  if (input.data.length === 0) throw badInput("The file is empty.", { file: "Empty file" });
  if (input.data.length > MAX_DOCUMENT_BYTES) {
    throw badInput(`The file is ${(input.data.length / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB.`, {
      file: "Too large",
    });
  }
  const contentType = detectContentType(input.data);
  if (input.requiresSignature && contentType !== "application/pdf") {
    throw badInput("Documents to be signed must be PDFs.", { file: "Use a PDF" });
  }
  return writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, staff.facilityId, customerId);
    const fileId = storeFile(tx, staff.facilityId, { fileName: input.fileName, contentType, data: input.data }, now);
    const id = (
      tx.$client
        .prepare(
          `INSERT INTO documents (facility_id, customer_id, title, kind, file_id, shared_with_customer, requires_signature, uploaded_by_staff_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(
          staff.facilityId,
          customerId,
          title,
          input.kind,
          fileId,
          input.shared ? 1 : 0,
          input.requiresSignature ? 1 : 0,
          staff.userId,
          now.getTime(),
        ) as {
        id: number;
      }
    ).id;
    if (input.shared && input.requiresSignature)
      announceContract(tx, config, { facilityId: staff.facilityId, customerId, title, id }, now);
    return id;
  });
}

export function updateDocument(
  db: Db,
  config: Pick<Config, "publicUrl">,
  facilityId: number,
  documentId: number,
  input: { title: string; shared: boolean; requiresSignature: boolean },
  now: Date,
): void {
  const title = input.title.trim();
  if (!title || title.length > 200)
    throw badInput("Give the document a title (up to 200 characters)", { title: "Required" });
  writeTransaction(db, (tx) => {
    const doc = getDocument(tx, facilityId, documentId);
    if (doc.sig_signed_at !== null && (!input.requiresSignature || title !== doc.title)) {
      throw conflict("A signed document cannot be renamed or have its signature request removed");
    }
    if (input.requiresSignature && doc.content_type !== "application/pdf")
      throw badInput("Documents to be signed must be PDFs.");
    tx.$client
      .prepare("UPDATE documents SET title = ?, shared_with_customer = ?, requires_signature = ? WHERE id = ?")
      .run(title, input.shared ? 1 : 0, input.requiresSignature ? 1 : 0, documentId);
    const newlyAsked = input.shared && input.requiresSignature && !(doc.shared_with_customer && doc.requires_signature);
    if (newlyAsked && doc.sig_signed_at === null) {
      announceContract(tx, config, { facilityId, customerId: doc.customer_id, title, id: documentId }, now);
    }
  });
}

export function removeDocument(db: Db, facilityId: number, documentId: number): void {
  writeTransaction(db, (tx) => {
    const doc = getDocument(tx, facilityId, documentId);
    if (doc.sig_signed_at !== null) throw conflict("A signed document is a record and cannot be removed");
    tx.$client.prepare("DELETE FROM documents WHERE id = ?").run(documentId);
  });
}

/** Names compared as people write them: case and spacing aside ("eleanor  WHITAKER" is Eleanor Whitaker). */
function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
  return key(a) === key(b);
}

/**
 * Typed-name e-signature: the signed-in person types their own name (as it is on their account, case
 * and spacing aside) and agrees; we record who, when, from which address and browser, and the
 * SHA-256 of the exact bytes they were shown. Once signed, it stays signed.
 */
export function signDocument(
  db: Db,
  signer: { facilityId: number; customerId: number; contactId: number | null; name: string },
  documentId: number,
  input: { typedName: string; consent: boolean },
  request: { ip: string; userAgent: string },
  now: Date,
): void {
  const typed = input.typedName.trim().replace(/\s+/g, " ");
  if (typed.length < 2 || typed.length > 200)
    throw badInput("Type your full name to sign", { typedName: "Type your full name" });
  if (!sameName(typed, signer.name)) {
    const message = `Type your own name as it is on your account: ${signer.name}`;
    throw badInput(`The typed name does not match the name of the person signed in. ${message}.`, {
      typedName: message,
    });
  }
  if (!input.consent) throw badInput("Tick the box to agree to sign electronically", { consent: "Required to sign" });
  writeTransaction(db, (tx) => {
    const doc = getDocument(tx, signer.facilityId, documentId, signer.customerId);
    if (!doc.shared_with_customer) throw notFound("Document");
    if (!doc.requires_signature) throw badInput("This document does not need a signature");
    if (doc.sig_signed_at !== null) throw conflict("This document has already been signed");
    tx.$client
      .prepare(
        `INSERT INTO document_signatures (document_id, customer_id, contact_id, signer_name, typed_name, document_sha256, ip, user_agent, signed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        documentId,
        signer.customerId,
        signer.contactId,
        signer.name,
        typed,
        doc.sha256,
        request.ip,
        request.userAgent.slice(0, 500),
        now.getTime(),
      );
  });
}
