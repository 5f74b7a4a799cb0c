import { desc, eq, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { type NewFile, newFile, storeFile } from "../files/file.service.js";
import { type Notification, notify } from "../notifications/notify.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { queueDocumentSigned } from "../webhooks/webhooks.service.js";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const documentKinds = ["STORAGE_AGREEMENT", "LIABILITY_WAIVER", "AGREEMENT", "FILE"] as const;
export type DocumentKind = (typeof documentKinds)[number];

type SignatureRow = Omit<
  Tables["documentSignatures"]["$inferSelect"],
  "id" | "documentId" | "customerId" | "contactId"
>;

/** A document with what the lists show of its file (never its bytes) and its signature, if signed. */
export type DocumentRow = Tables["documents"]["$inferSelect"] &
  Pick<Tables["files"]["$inferSelect"], "fileName" | "contentType" | "size" | "sha256"> & {
    signature: SignatureRow | null;
  };

function selectDocuments(db: Pick<WriteDb, "select">, t: Tables) {
  return db
    .select({
      id: t.documents.id,
      facilityId: t.documents.facilityId,
      customerId: t.documents.customerId,
      title: t.documents.title,
      kind: t.documents.kind,
      fileId: t.documents.fileId,
      sharedWithCustomer: t.documents.sharedWithCustomer,
      requiresSignature: t.documents.requiresSignature,
      uploadedByStaffId: t.documents.uploadedByStaffId,
      createdAt: t.documents.createdAt,
      fileName: t.files.fileName,
      contentType: t.files.contentType,
      size: t.files.size,
      sha256: t.files.sha256,
      // A left join: drizzle answers null for the whole object when no signature row matched.
      signature: {
        signerName: t.documentSignatures.signerName,
        typedName: t.documentSignatures.typedName,
        documentSha256: t.documentSignatures.documentSha256,
        ip: t.documentSignatures.ip,
        userAgent: t.documentSignatures.userAgent,
        signedAt: t.documentSignatures.signedAt,
      },
    })
    .from(t.documents)
    .innerJoin(t.files, eq(t.files.id, t.documents.fileId))
    .leftJoin(t.documentSignatures, eq(t.documentSignatures.documentId, t.documents.id));
}

// The portal's documents page and home (contracts to sign) and the staff customer page read these.
const documentsOfCustomerRead = preparedRead(
  "documents_of_customer",
  (db, t) =>
    selectDocuments(db, t)
      .where(FacilityScope.preparedWhere(t.documents, eq(t.documents.customerId, sql.placeholder("customerId"))))
      .orderBy(desc(t.documents.createdAt), desc(t.documents.id)),
  { keyed: true },
);

const sharedDocumentsOfCustomerRead = preparedRead(
  "shared_documents_of_customer",
  (db, t) =>
    selectDocuments(db, t)
      .where(
        FacilityScope.preparedWhere(
          t.documents,
          eq(t.documents.customerId, sql.placeholder("customerId")),
          eq(t.documents.sharedWithCustomer, true),
        ),
      )
      .orderBy(desc(t.documents.createdAt), desc(t.documents.id)),
  { keyed: true },
);

const documentByIdRead = preparedRead(
  "document_by_id",
  (db, t) =>
    selectDocuments(db, t).where(FacilityScope.preparedWhere(t.documents, eq(t.documents.id, sql.placeholder("id")))),
  { keyed: true },
);

/** Sniffs the real type from the first bytes; the browser's claim is not trusted. */
export function detectContentType(data: Buffer): string {
  if (data.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  return "application/octet-stream";
}

/** A customer's documents, newest first; sharedOnly for the portal. */
export async function documentsOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  opts: { sharedOnly: boolean },
): Promise<DocumentRow[]> {
  const read = opts.sharedOnly ? sharedDocumentsOfCustomerRead : documentsOfCustomerRead;
  return read(data).execute(scope.values({ customerId }));
}

/** The scope's document (staff), or the portal customer's shared one; NOT_FOUND otherwise. */
export async function getDocument(
  data: Database,
  scope: FacilityScope,
  documentId: number,
  sharedWith?: { customerId: number },
): Promise<DocumentRow> {
  const [row] = await documentByIdRead(data).execute(scope.values({ id: documentId }));
  if (!row || (sharedWith && !(row.customerId === sharedWith.customerId && row.sharedWithCustomer))) {
    throw notFound("Document");
  }
  return row;
}

/**
 * The document a write decides on, read inside its transaction with its row locked until that
 * transaction ends: whether it is signed decides the write (signed once; a signed document is never
 * removed or renamed). On PostgreSQL a second signature, or a removal racing a signature, waits here
 * and then reads the first one's result. The bare row is locked first and the read that joins the
 * signature comes after, so it sees a signature committed while it waited (decision 0018).
 */
async function documentForUpdate(
  tx: WriteDb,
  { t, dialect }: Pick<Database, "t" | "dialect">,
  scope: FacilityScope,
  documentId: number,
) {
  const ofScope = scope.where(t.documents, eq(t.documents.id, documentId));
  await dialect.forUpdate(tx.select({ id: t.documents.id }).from(t.documents).where(ofScope));
  const [row] = await selectDocuments(tx, t).where(ofScope);
  if (!row) throw notFound("Document");
  return row;
}

/** What the customer's people who want contract emails are told of a document waiting for a signature. */
function contractNotice(doc: { title: string; id: number }): Notification {
  return {
    subject: `Please sign: ${doc.title}`,
    title: "A document is waiting for your signature",
    lines: [`“${doc.title}” is ready to review and sign in your portal.`],
    action: { label: "Review and sign", path: `/portal/documents/${doc.id}` },
  };
}

function announceContract(
  tx: WriteDb,
  t: Tables,
  config: Pick<Config, "publicUrl">,
  doc: { scope: FacilityScope; customerId: number; title: string; id: number },
  now: Date,
): Promise<number> {
  const args = {
    scope: doc.scope,
    customerId: doc.customerId,
    kind: "contracts",
    outboxKind: "CONTRACT",
    now,
  } as const;
  return notify(tx, t, config, args, contractNotice(doc));
}

type UploadInput = {
  title: string;
  kind: DocumentKind;
  fileName: string;
  data: Buffer;
  shared: boolean;
  requiresSignature: boolean;
};

function checkTitle(input: { title: string }): string {
  const title = input.title.trim();
  if (!title || title.length > 200)
    throw badInput("Give the document a title (up to 200 characters)", { title: "Required" });
  return title;
}

/** The checks of an upload that need no database; answers the document's title and its file row. */
function checkUpload(facilityId: number, input: UploadInput, now: Date): { title: string; file: NewFile } {
  const title = checkTitle(input);
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
  return { title, file: newFile(facilityId, { fileName: input.fileName, contentType, data: input.data }, now) };
}

/**
 * Stores an upload for a customer of the scope. A contract to sign that the customer can see is
 * announced to them in the same transaction.
 */
export async function uploadDocument(
  deps: Pick<ServiceDeps, "data" | "config">,
  staff: { scope: FacilityScope; userId: number },
  customerId: number,
  input: UploadInput,
  now: Date,
): Promise<number> {
  const { data, config } = deps;
  const { t } = data;
  const { scope } = staff;
  const { title, file } = checkUpload(scope.facilityId, input, now);
  return data.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId)));
    if (!customer) throw notFound("Customer");
    const fileId = await storeFile(tx, t, file);
    const { id } = returnedRow(
      await tx
        .insert(t.documents)
        .values({
          facilityId: scope.facilityId,
          customerId,
          title,
          kind: input.kind,
          fileId,
          sharedWithCustomer: input.shared,
          requiresSignature: input.requiresSignature,
          uploadedByStaffId: staff.userId,
          createdAt: now,
        })
        .returning({ id: t.documents.id }),
    );
    if (input.shared && input.requiresSignature)
      await announceContract(tx, t, config, { scope, customerId, title, id }, now);
    if (input.shared) await recordAudit(tx, t, scope, now, { action: "DOCUMENT_SHARED", customerId, subject: title });
    return id;
  });
}

export async function updateDocument(
  deps: Pick<ServiceDeps, "data" | "config">,
  scope: FacilityScope,
  documentId: number,
  input: { title: string; shared: boolean; requiresSignature: boolean },
  now: Date,
): Promise<void> {
  const { data, config } = deps;
  const { t } = data;
  const title = checkTitle(input);
  await data.transaction(async (tx) => {
    const doc = await documentForUpdate(tx, data, scope, documentId);
    if (doc.signature && (!input.requiresSignature || title !== doc.title)) {
      throw conflict("A signed document cannot be renamed or have its signature request removed");
    }
    if (input.requiresSignature && doc.contentType !== "application/pdf")
      throw badInput("Documents to be signed must be PDFs.");
    await tx
      .update(t.documents)
      .set({ title, sharedWithCustomer: input.shared, requiresSignature: input.requiresSignature })
      .where(eq(t.documents.id, documentId));
    const newlyAsked = input.shared && input.requiresSignature && !(doc.sharedWithCustomer && doc.requiresSignature);
    if (newlyAsked && !doc.signature) {
      await announceContract(tx, t, config, { scope, customerId: doc.customerId, title, id: documentId }, now);
    }
    if (input.shared && !doc.sharedWithCustomer) {
      await recordAudit(tx, t, scope, now, { action: "DOCUMENT_SHARED", customerId: doc.customerId, subject: title });
    }
  });
}

export async function removeDocument(
  deps: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  documentId: number,
): Promise<void> {
  const { data } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    const doc = await documentForUpdate(tx, data, scope, documentId);
    if (doc.signature) throw conflict("A signed document is a record and cannot be removed");
    await tx.delete(t.documents).where(eq(t.documents.id, documentId));
    await recordAudit(tx, t, scope, deps.clock.now(), {
      action: "DOCUMENT_REMOVED",
      customerId: doc.customerId,
      subject: doc.title,
    });
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
export async function signDocument(
  data: Database,
  signer: { scope: FacilityScope; customerId: number; contactId: number | null; name: string },
  documentId: number,
  input: { typedName: string; consent: boolean },
  request: { ip: string; userAgent: string },
  now: Date,
): Promise<void> {
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
  const { t } = data;
  await data.transaction(async (tx) => {
    const doc = await documentForUpdate(tx, data, signer.scope, documentId);
    if (doc.customerId !== signer.customerId || !doc.sharedWithCustomer) throw notFound("Document");
    if (!doc.requiresSignature) throw badInput("This document does not need a signature");
    if (doc.signature) throw conflict("This document has already been signed");
    await tx.insert(t.documentSignatures).values({
      documentId,
      customerId: signer.customerId,
      contactId: signer.contactId,
      signerName: signer.name,
      typedName: typed,
      documentSha256: doc.sha256,
      ip: request.ip,
      userAgent: request.userAgent.slice(0, 500),
      signedAt: now,
    });
    await queueDocumentSigned({ tx, t, facilityId: signer.scope.facilityId, now }, documentId);
  });
}
