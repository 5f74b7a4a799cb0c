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
registerEnumType(DocumentKind, { name: "DocumentKind" });

@ObjectType({ description: "Who signed, when, from where, and the hash of the signed bytes." })
export class DocumentSignature {
  @Field()
  signerName: string;

  @Field()
  typedName: string;

  @Field(() => DateTimeISOResolver)
  signedAt: Date;

  @Field({ description: "Staff only; empty for portal viewers." })
  ip: string;

  @Field({ description: "Staff only; empty for portal viewers." })
  userAgent: string;

  @Field({ description: "SHA-256 of the document as signed." })
  documentSha256: string;
}

@ObjectType()
export class Document {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  size: number;

  @Field({ description: "Download link; every download is authorised." })
  url: string;

  @Field()
  sharedWithCustomer: boolean;

  @Field()
  requiresSignature: boolean;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DocumentSignature, { nullable: true })
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

@InputType()
export class DocumentUpdateInput {
  @Field()
  @MaxLength(200, { message: "Give the document a title (up to 200 characters)" })
  title: string;

  @Field()
  sharedWithCustomer: boolean;

  @Field()
  requiresSignature: boolean;
}

@InputType()
export class SignatureInput {
  @Field({ description: "The signer's full name, typed." })
  @MaxLength(200, { message: "Type your full name (up to 200 characters)" })
  typedName: string;

  @Field({ description: "“I agree to sign this document electronically.”" })
  consent: boolean;
}
