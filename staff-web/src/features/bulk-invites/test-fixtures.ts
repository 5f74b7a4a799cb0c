import type { BulkInvitePlan, BulkInviteRowFieldsFragment, BulkInviteSummaryFragment } from "../../gql/graphql";
import { BulkInviteRowsQuery, ROWS_PAGE_SIZE } from "./api/bulk-invite-rows";

const LABELS: Record<BulkInvitePlan, string> = {
  INVITE: "Will be invited",
  NO_EMAIL: "No email address on record",
  INVALID_EMAIL: "Email missing or not valid",
  IN_PORTAL: "Already in the portal",
  COOLDOWN: "Invited recently (inside the resend cooldown)",
  DUPLICATE: "Same customer appears earlier in the list",
  NOT_FOUND: "No matching customer",
  UNREADABLE: "The line could not be read",
};

export function summary(
  overrides: Partial<BulkInviteSummaryFragment> & { counts?: Partial<Record<BulkInvitePlan, number>> } = {},
) {
  const { counts = { INVITE: 2, NOT_FOUND: 1, INVALID_EMAIL: 1, DUPLICATE: 1 }, ...rest } = overrides;
  const planCounts = Object.entries(counts)
    .map(([plan, count]) => ({
      __typename: "BulkInvitePlanCount" as const,
      plan: plan as BulkInvitePlan,
      label: LABELS[plan as BulkInvitePlan],
      count: count ?? 0,
    }))
    .sort((a, b) => b.count - a.count);
  const total = planCounts.reduce((n, c) => n + c.count, 0);
  return {
    __typename: "BulkInvite" as const,
    id: "9",
    status: "PREVIEW" as const,
    fileName: "invites.csv",
    total,
    toInvite: counts.INVITE ?? 0,
    toText: 0,
    processed: 0,
    sent: 0,
    skipped: 0,
    planCounts,
    ...rest,
  } satisfies BulkInviteSummaryFragment & { __typename: "BulkInvite" };
}

export function row(line: number, plan: BulkInvitePlan, name: string | null, email: string | null) {
  return {
    __typename: "BulkInviteRow" as const,
    id: String(100 + line),
    line,
    customerId: plan === "NOT_FOUND" || plan === "INVALID_EMAIL" ? null : String(line),
    name,
    email,
    phone: null as string | null,
    plan,
    planLabel: LABELS[plan],
    result: "PENDING" as const,
    detail: null as string | null,
  } satisfies BulkInviteRowFieldsFragment & { __typename: "BulkInviteRow" };
}

export function rowsMock(invite: boolean, rows: ReturnType<typeof row>[], id = "9") {
  return {
    request: { query: BulkInviteRowsQuery, variables: { id, invite, first: ROWS_PAGE_SIZE, after: null } },
    result: { data: { bulkInvite: { __typename: "BulkInvite" as const, id, rows } } },
  };
}
