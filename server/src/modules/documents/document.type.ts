import { MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { fileUrl } from "../files/file.service.js";
import type { DocumentRow } from "./document.service.js";

export enum DocumentKind {
  STORAGE_AGREEMENT = "STORAGE_AGREEMENT",
  LIABILITY_WAIVER = "LIABILITY_WAIVER",
  AGREEMENT = "AGREEMENT",
  FILE = "FILE",
}
registerEnumType(DocumentKind, {
  name: "DocumentKind",
  description: "What kind of document it is.",
  valuesConfig: {
    STORAGE_AGREEMENT: { description: "A storage agreement (a contract)." },
    LIABILITY_WAIVER: { description: "A liability waiver (a contract)." },
    AGREEMENT: { description: "Any other agreement." },
    FILE: { description: "A plain file: a photo, a report, a receipt." },
  },
});

@ObjectType({ description: "Who signed, when, from where, and the hash of the signed bytes." })
export class DocumentSignature {
  @Field({ description: "The portal person who signed, as on record." })
  signerName: string;

  @Field({ description: "The full name they typed to sign." })
  typedName: string;

  @Field(() => DateTimeISOResolver, { description: "When they signed." })
  signedAt: Date;

  @Field({ description: "Staff only; empty for portal viewers." })
  ip: string;

  @Field({ description: "Staff only; empty for portal viewers." })
  userAgent: string;

  @Field({ description: "SHA-256 of the document as signed." })
  documentSha256: string;
}

@ObjectType({
  description:
    "A file kept for a customer: a contract, an agreement or any upload. Portal people see only shared ones.",
})
export class Document {
  @Field(() => ID, { description: "The document's ID." })
  id: string;

  @Field({ description: "The document's title." })
  title: string;

  @Field(() => DocumentKind, { description: "What kind of document it is." })
  kind: DocumentKind;

  @Field({ description: "The uploaded file's name." })
  fileName: string;

  @Field({ description: "The file's media type, e.g. application/pdf." })
  contentType: string;

  @Field(() => Int, { description: "The file's size in bytes." })
  size: number;

  @Field({ description: "Download link; every download is authorised." })
  url: string;

  @Field({ description: "Shown in the customer's portal." })
  sharedWithCustomer: boolean;

  @Field({ description: "The customer is asked to sign it in the portal." })
  requiresSignature: boolean;

  @Field(() => DateTimeISOResolver, { description: "When it was uploaded." })
  createdAt: Date;

  @Field(() => DocumentSignature, { nullable: true, description: "The signature, once signed; null until then." })
  signature: DocumentSignature | null;

  static from(r: DocumentRow, forStaff: boolean): Document {
    const signature = r.signature;
    return Object.assign(new Document(), {
      id: String(r.id),
      title: r.title,
      kind: DocumentKind[r.kind],
      fileName: r.fileName,
      contentType: r.contentType,
      size: r.size,
      url: fileUrl(r.fileId),
      sharedWithCustomer: r.sharedWithCustomer,
      requiresSignature: r.requiresSignature,
      createdAt: r.createdAt,
      signature:
        signature === null
          ? null
          : Object.assign(new DocumentSignature(), {
              signerName: signature.signerName,
              typedName: signature.typedName,
              signedAt: signature.signedAt,
              ip: forStaff ? signature.ip : "",
              userAgent: forStaff ? signature.userAgent : "",
              documentSha256: signature.documentSha256,
            }),
    });
  }
}

@InputType({ description: "A document's title and sharing, for edit." })
export class DocumentUpdateInput {
  @Field({ description: "The title, up to 200 characters." })
  @MaxLength(200, { message: "Give the document a title (up to 200 characters)" })
  title: string;

  @Field({ description: "Show it in the customer's portal." })
  sharedWithCustomer: boolean;

  @Field({ description: "Ask the customer to sign it in the portal." })
  requiresSignature: boolean;
}

@InputType({ description: "A typed-name electronic signature." })
export class SignatureInput {
  @Field({ description: "The signer's full name, typed." })
  @MaxLength(200, { message: "Type your full name (up to 200 characters)" })
  typedName: string;

  @Field({ description: "“I agree to sign this document electronically.”" })
  consent: boolean;
}
