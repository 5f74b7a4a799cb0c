import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import {
  cancelJob,
  createPreview,
  getJob,
  jobRows,
  MAX_CSV_BYTES,
  MAX_ROWS,
  parseInviteCsv,
  recentJobs,
  reportCsv,
  skipCounts,
  startJob,
} from "./bulk-invite.service.js";
import { BulkInvite, BulkInvitePlanCount, BulkInviteRow, planCount } from "./bulk-invite.type.js";

@Resolver(() => BulkInvite)
export class BulkInviteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, { description: "Previews inviting the selected customers. Sends nothing." })
  previewBulkInvite(@Ctx() ctx: Context, @Arg("customerIds", () => [ID]) customerIds: string[]): BulkInvite {
    const staff = requireStaff(ctx);
    if (customerIds.length === 0) throw badInput("Select at least one customer");
    if (customerIds.length > MAX_ROWS) throw badInput("Select at most 10,000 customers at a time");
    const rows = customerIds.map((id, i) => ({ line: i + 1, customerId: /^\d{1,15}$/.test(id) ? Number(id) : -1 }));
    return BulkInvite.from(getJob(ctx.db, staff.facilityId, createPreview(ctx, staff, "SELECTION", rows, null)));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, {
    description:
      "Previews a CSV in the template (customer_id,name,email). An unusable line is skipped as UNREADABLE with its reason; a file whose structure cannot be read is refused with its line numbers.",
  })
  previewBulkInviteCsv(
    @Ctx() ctx: Context,
    @StringArg("csv", { maxLength: MAX_CSV_BYTES, message: "The file is larger than 5 MB." }) csv: string,
    @StringArg("fileName", { nullable: true, maxLength: 255 }) fileName: string | null,
  ): BulkInvite {
    const staff = requireStaff(ctx);
    const rows = parseInviteCsv(csv);
    const name = fileName?.slice(0, 200) ?? null;
    return BulkInvite.from(getJob(ctx.db, staff.facilityId, createPreview(ctx, staff, "CSV", rows, name)));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, { description: "Sends a previewed bulk invite; progress is read from bulkInvite." })
  startBulkInvite(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): BulkInvite {
    const { facilityId } = requireStaff(ctx);
    const job = startJob(ctx, facilityId, parseId(id, "Bulk invite"));
    ctx.nudgeBulkInvites();
    return BulkInvite.from(job);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, { description: "Drops a preview that will not be sent." })
  cancelBulkInvite(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): BulkInvite {
    const { facilityId } = requireStaff(ctx);
    const jobId = parseId(id, "Bulk invite");
    cancelJob(ctx.db, facilityId, jobId);
    return BulkInvite.from(getJob(ctx.db, facilityId, jobId));
  }

  @Authorized(Role.STAFF)
  @Query(() => BulkInvite)
  bulkInvite(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): BulkInvite {
    const { facilityId } = requireStaff(ctx);
    return BulkInvite.from(getJob(ctx.db, facilityId, parseId(id, "Bulk invite")));
  }

  @Authorized(Role.STAFF)
  @Query(() => [BulkInvite], {
    description: "The facility's recent bulk invites that were sent or are sending, newest first (at most 50).",
  })
  recentBulkInvites(@Ctx() ctx: Context, @Arg("limit", () => Int, { defaultValue: 10 }) limit: number): BulkInvite[] {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badInput("Ask for 1 to 50", { limit: "1 to 50" });
    return recentJobs(ctx.db, requireStaff(ctx).facilityId, limit).map(BulkInvite.from);
  }

  @Authorized(Role.STAFF)
  @Query(() => String, { description: "The report as CSV: every row, its outcome and why." })
  bulkInviteReportCsv(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): string {
    const { facilityId } = requireStaff(ctx);
    const job = getJob(ctx.db, facilityId, parseId(id, "Bulk invite"));
    return reportCsv(ctx.db, job.id);
  }

  @FieldResolver(() => [BulkInvitePlanCount], { description: "How many rows per plan, largest first." })
  planCounts(@Ctx() ctx: Context, @Root() invite: BulkInvite): BulkInvitePlanCount[] {
    return skipCounts(ctx.db, invite.job.id).map((c) => planCount(c.plan, c.count));
  }

  @FieldResolver(() => [BulkInviteRow], { description: "Rows in file order; `invite` true/false filters." })
  rows(
    @Ctx() ctx: Context,
    @Root() invite: BulkInvite,
    @Arg("invite", () => Boolean, { nullable: true }) onlyInvite: boolean | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
  ): BulkInviteRow[] {
    if (first < 1 || first > 500) throw badInput("first must be between 1 and 500");
    const afterId = after && /^\d+$/.test(after) ? Number(after) : 0;
    return jobRows(ctx.db, invite.job.id, { invite: onlyInvite, first, after: afterId }).map(BulkInviteRow.from);
  }
}
