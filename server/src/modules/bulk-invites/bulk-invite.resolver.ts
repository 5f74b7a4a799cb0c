import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireStaff, staffScope } from "../../graphql/context.js";
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

/** The signed-in staff member as the bulk invite services take them. */
function staffActor(ctx: Context) {
  const staff = requireStaff(ctx);
  return { scope: staffScope(ctx), userId: staff.userId };
}

@Resolver(() => BulkInvite)
export class BulkInviteResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, { description: "Previews inviting the selected customers. Sends nothing." })
  async previewBulkInvite(
    @Ctx() ctx: Context,
    @Arg("customerIds", () => [ID], { description: "The customers to invite, 1 to 10,000." }) customerIds: string[],
  ): Promise<BulkInvite> {
    const staff = staffActor(ctx);
    if (customerIds.length === 0) throw badInput("Select at least one customer");
    if (customerIds.length > MAX_ROWS) throw badInput("Select at most 10,000 customers at a time");
    const rows = customerIds.map((id, i) => ({ line: i + 1, customerId: /^\d{1,15}$/.test(id) ? Number(id) : -1 }));
    const jobId = await createPreview(ctx.data, staff, "SELECTION", rows, null, ctx.clock.now());
    return BulkInvite.from(await getJob(ctx.data, staff.scope, jobId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, {
    description:
      "Previews a CSV in the template (customer_id,name,email). An unusable line is skipped as UNREADABLE with its reason; a file whose structure cannot be read is refused with its line numbers.",
  })
  async previewBulkInviteCsv(
    @Ctx() ctx: Context,
    @StringArg("csv", {
      maxLength: MAX_CSV_BYTES,
      message: "The file is larger than 5 MB.",
      description: "The file's text, CSV with a header line, at most 5 MB.",
    })
    csv: string,
    @StringArg("fileName", { nullable: true, maxLength: 255, description: "The file's name, for the report." })
    fileName: string | null,
  ): Promise<BulkInvite> {
    const staff = staffActor(ctx);
    const rows = await parseInviteCsv(csv);
    const name = fileName?.slice(0, 200) ?? null;
    const jobId = await createPreview(ctx.data, staff, "CSV", rows, name, ctx.clock.now());
    return BulkInvite.from(await getJob(ctx.data, staff.scope, jobId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, { description: "Sends a previewed bulk invite; progress is read from bulkInvite." })
  async startBulkInvite(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The previewed bulk invite." }) id: string,
  ): Promise<BulkInvite> {
    const { scope } = staffActor(ctx);
    const job = await startJob(ctx.data, scope, parseId(id, "Bulk invite"), ctx.clock.now());
    ctx.nudgeBulkInvites();
    return BulkInvite.from(job);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BulkInvite, { description: "Drops a preview that will not be sent." })
  async cancelBulkInvite(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The previewed bulk invite." }) id: string,
  ): Promise<BulkInvite> {
    const { scope } = staffActor(ctx);
    const jobId = parseId(id, "Bulk invite");
    await cancelJob(ctx.data, scope, jobId);
    return BulkInvite.from(await getJob(ctx.data, scope, jobId));
  }

  @Authorized(Role.STAFF)
  @Query(() => BulkInvite, {
    description: "One bulk invite of the facility, with its progress; poll it while RUNNING.",
  })
  async bulkInvite(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The bulk invite's ID." }) id: string,
  ): Promise<BulkInvite> {
    const { scope } = staffActor(ctx);
    return BulkInvite.from(await getJob(ctx.data, scope, parseId(id, "Bulk invite")));
  }

  @Authorized(Role.STAFF)
  @Query(() => [BulkInvite], {
    description: "The facility's recent bulk invites that were sent or are sending, newest first (at most 50).",
  })
  async recentBulkInvites(
    @Ctx() ctx: Context,
    @Arg("limit", () => Int, { defaultValue: 10, description: "How many, 1 to 50." }) limit: number,
  ): Promise<BulkInvite[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badInput("Ask for 1 to 50", { limit: "1 to 50" });
    return (await recentJobs(ctx.data, staffActor(ctx).scope, limit)).map(BulkInvite.from);
  }

  @Authorized(Role.STAFF)
  @Query(() => String, { description: "The report as CSV: every row, its outcome and why." })
  async bulkInviteReportCsv(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The bulk invite's ID." }) id: string,
  ): Promise<string> {
    const { scope } = staffActor(ctx);
    const job = await getJob(ctx.data, scope, parseId(id, "Bulk invite"));
    return reportCsv(ctx.data, job.id);
  }

  @FieldResolver(() => [BulkInvitePlanCount], {
    description: "How many rows per plan, largest first; equal counts in the order the file first shows them.",
  })
  async planCounts(@Ctx() ctx: Context, @Root() invite: BulkInvite): Promise<BulkInvitePlanCount[]> {
    return (await skipCounts(ctx.data, invite.job.id)).map((c) => planCount(c.plan, c.count));
  }

  @FieldResolver(() => [BulkInviteRow], { description: "Rows in file order; `invite` true/false filters." })
  async rows(
    @Ctx() ctx: Context,
    @Root() invite: BulkInvite,
    @Arg("invite", () => Boolean, {
      nullable: true,
      description: "True for the rows to invite, false for the skipped ones; omit for all.",
    })
    onlyInvite: boolean | null,
    @Arg("first", () => Int, { defaultValue: 100, description: "Rows per page, 1 to 500." }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last row of the page before." }) after:
      | string
      | null,
  ): Promise<BulkInviteRow[]> {
    if (first < 1 || first > 500) throw badInput("first must be between 1 and 500");
    const afterId = after && /^\d+$/.test(after) ? Number(after) : 0;
    return (await jobRows(ctx.data, invite.job.id, { invite: onlyInvite, first, after: afterId })).map(
      BulkInviteRow.from,
    );
  }
}
