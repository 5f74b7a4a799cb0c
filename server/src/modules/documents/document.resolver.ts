import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { nameOfPortalPerson } from "../auth/portal-session.service.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { documentsOfCustomer, getDocument, removeDocument, signDocument, updateDocument } from "./document.service.js";
import { Document, DocumentUpdateInput, SignatureInput } from "./document.type.js";

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(Role.PORTAL)
  @Query(() => [Document], { description: "Documents shared with the viewer's account, newest first." })
  async portalDocuments(@Ctx() ctx: Context): Promise<Document[]> {
    const viewer = requireSection(ctx, PortalSection.DOCUMENTS);
    const rows = await documentsOfCustomer(ctx.data, new FacilityScope(viewer.facilityId), viewer.customerId, {
      sharedOnly: true,
    });
    return rows.map((d) => Document.from(d, false));
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Document, {
    description:
      "One document: staff of its facility, or its account's portal people (shared ones only, Documents on).",
  })
  async document(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The document's ID." }) id: string,
  ): Promise<Document> {
    const documentId = parseId(id, "Document");
    if (ctx.staff) return Document.from(await getDocument(ctx.data, staffScope(ctx), documentId), true);
    const viewer = requireSection(ctx, PortalSection.DOCUMENTS);
    const scope = new FacilityScope(viewer.facilityId);
    return Document.from(await getDocument(ctx.data, scope, documentId, viewer), false);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Document, { description: "Upload with POST /uploads/customers/<id>/documents; this edits the rest." })
  async updateDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The document to change." }) id: string,
    @Arg("input", () => DocumentUpdateInput, { description: "Its title and sharing." }) input: DocumentUpdateInput,
  ): Promise<Document> {
    const scope = staffScope(ctx);
    const documentId = parseId(id, "Document");
    await updateDocument(
      { data: ctx.data, config: ctx.config },
      scope,
      documentId,
      { title: input.title, shared: input.sharedWithCustomer, requiresSignature: input.requiresSignature },
      ctx.clock.now(),
    );
    ctx.nudgeOutbox();
    return Document.from(await getDocument(ctx.data, scope, documentId), true);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, {
    description: "Deletes a document (staff); a signed one is a record and answers CONFLICT. Answers true.",
  })
  async removeDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The document to remove." }) id: string,
  ): Promise<boolean> {
    await removeDocument(ctx, staffScope(ctx), parseId(id, "Document"));
    return true;
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Document, { description: "Signs a shared document with a typed name and consent." })
  async signDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The shared document to sign." }) id: string,
    @Arg("input", () => SignatureInput, { description: "The typed name and consent." }) input: SignatureInput,
  ): Promise<Document> {
    const viewer = requireSection(ctx, PortalSection.DOCUMENTS);
    const scope = new FacilityScope(viewer.facilityId);
    const documentId = parseId(id, "Document");
    const signer = {
      scope,
      customerId: viewer.customerId,
      contactId: viewer.contactId,
      name: await nameOfPortalPerson(ctx.data, viewer),
    };
    await signDocument(ctx.data, signer, documentId, input, { ip: ctx.ip, userAgent: ctx.userAgent }, ctx.clock.now());
    return Document.from(await getDocument(ctx.data, scope, documentId, viewer), false);
  }
}

@Resolver(() => Customer)
export class CustomerDocumentsResolver {
  @FieldResolver(() => [Document], { description: "All of the customer's documents, shared or not." })
  async documents(@Ctx() ctx: Context, @Root() customer: Customer): Promise<Document[]> {
    const scope = new FacilityScope(customer.row.facilityId);
    const rows = await documentsOfCustomer(ctx.data, scope, customer.row.id, { sharedOnly: false });
    return rows.map((d) => Document.from(d, true));
  }
}
