import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { notFound } from "../../lib/domain-error.js";
import { portalPersonName } from "../auth/portal-session.service.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { documentsOfCustomer, getDocument, removeDocument, signDocument, updateDocument } from "./document.service.js";
import { Document, DocumentUpdateInput, SignatureInput } from "./document.type.js";

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(Role.PORTAL)
  @Query(() => [Document], { description: "Documents shared with the viewer's account, newest first." })
  portalDocuments(@Ctx() ctx: Context): Document[] {
    const viewer = requireSection(ctx, PortalSection.DOCUMENTS);
    return documentsOfCustomer(ctx.db, viewer.facilityId, viewer.customerId, { sharedOnly: true }).map((d) =>
      Document.from(d, false),
    );
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Document)
  document(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Document {
    const documentId = parseId(id, "Document");
    if (ctx.staff) return Document.from(getDocument(ctx.db, ctx.staff.facilityId, documentId), true);
    const viewer = requireSection(ctx, PortalSection.DOCUMENTS);
    const doc = getDocument(ctx.db, viewer.facilityId, documentId, viewer.customerId);
    if (!doc.shared_with_customer) throw notFound("Document");
    return Document.from(doc, false);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Document, { description: "Upload with POST /uploads/customers/<id>/documents; this edits the rest." })
  updateDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DocumentUpdateInput) input: DocumentUpdateInput,
  ): Document {
    const { facilityId } = requireStaff(ctx);
    const documentId = parseId(id, "Document");
    updateDocument(
      ctx.db,
      ctx.config,
      facilityId,
      documentId,
      { title: input.title, shared: input.sharedWithCustomer, requiresSignature: input.requiresSignature },
      ctx.clock.now(),
    );
    ctx.nudgeOutbox();
    return Document.from(getDocument(ctx.db, facilityId, documentId), true);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  removeDocument(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    removeDocument(ctx.db, requireStaff(ctx).facilityId, parseId(id, "Document"));
    return true;
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Document, { description: "Signs a shared document with a typed name and consent." })
  signDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => SignatureInput) input: SignatureInput,
  ): Document {
    const viewer = requireSection(ctx, PortalSection.DOCUMENTS);
    const documentId = parseId(id, "Document");
    const name = portalPersonName(ctx.db, viewer);
    signDocument(
      ctx.db,
      { ...viewer, name },
      documentId,
      input,
      { ip: ctx.ip, userAgent: ctx.userAgent },
      ctx.clock.now(),
    );
    return Document.from(getDocument(ctx.db, viewer.facilityId, documentId, viewer.customerId), false);
  }
}

@Resolver(() => Customer)
export class CustomerDocumentsResolver {
  @FieldResolver(() => [Document], { description: "All of the customer's documents, shared or not." })
  documents(@Ctx() ctx: Context, @Root() customer: Customer): Document[] {
    return documentsOfCustomer(ctx.db, customer.row.facilityId, customer.row.id, { sharedOnly: false }).map((d) =>
      Document.from(d, true),
    );
  }
}
