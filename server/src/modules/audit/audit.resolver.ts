import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requestFacility, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { Customer } from "../customers/customer.type.js";
import {
  type AuditActionValue,
  type AuditFilter,
  auditPage,
  auditPeople,
  decodeAuditCursor,
  encodeAuditCursor,
} from "./audit.service.js";
import { AuditAction, AuditEvent, AuditEventConnection, AuditPerson } from "./audit.type.js";

const MAX_PAGE = 100;

function checkFirst(first: number) {
  if (first < 1 || first > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
}

async function connection(ctx: Context, filter: AuditFilter, first: number, after: string | null) {
  checkFirst(first);
  const scope = staffScope(ctx);
  const [page, facility] = await Promise.all([
    auditPage(ctx.data, scope, filter, { first, after: decodeAuditCursor(after) }),
    requestFacility(ctx, scope.facilityId),
  ]);
  const nodes = page.rows.map((row) => AuditEvent.from(row, facility.country));
  const last = nodes.at(-1);
  return Object.assign(new AuditEventConnection(), {
    nodes,
    pageInfo: { endCursor: last ? encodeAuditCursor(last) : null, hasNextPage: page.hasNextPage },
  });
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEventConnection, {
    description: "The facility's audit log, newest first, for admins: filter by who acted, by kind or by customer.",
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 50, description: "Lines per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
    @Arg("staffUserId", () => ID, { nullable: true, description: "Only what this staff user did." })
    staffUserId: string | null,
    @Arg("action", () => AuditAction, { nullable: true, description: "Only lines of this kind." })
    action: AuditActionValue | null,
    @Arg("customerId", () => ID, { nullable: true, description: "Only lines about this customer." })
    customerId: string | null,
  ): Promise<AuditEventConnection> {
    const filter: AuditFilter = {
      staffUserId: staffUserId == null ? null : parseId(staffUserId, "Staff user"),
      customerId: customerId == null ? null : parseId(customerId, "Customer"),
      action: action ?? null,
    };
    return connection(ctx, filter, first, after);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AuditPerson], { description: "The team, for the audit log's person filter, by name." })
  async auditPeople(@Ctx() ctx: Context): Promise<AuditPerson[]> {
    const people = await auditPeople(ctx.data, staffScope(ctx));
    return people.map((p) => Object.assign(new AuditPerson(), { id: String(p.id), name: p.name }));
  }
}

@Resolver(() => Customer)
export class CustomerAuditResolver {
  @Authorized(Role.STAFF)
  @FieldResolver(() => AuditEventConnection, {
    description: "The customer's part of the audit log, newest first: what was done to their account and by whom.",
  })
  async auditTrail(
    @Ctx() ctx: Context,
    @Root() customer: Customer,
    @Arg("first", () => Int, { defaultValue: 20, description: "Lines per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
  ): Promise<AuditEventConnection> {
    return connection(ctx, { customerId: Number(customer.id) }, first, after);
  }
}
