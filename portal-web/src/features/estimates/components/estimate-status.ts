import type { EstimateStatus } from "../../../gql/graphql";

const looks: Record<EstimateStatus, { label: string; color: string }> = {
  SENT: { label: "Waiting for your answer", color: "orange" },
  ACCEPTED: { label: "Accepted", color: "teal" },
  PARTIALLY_ACCEPTED: { label: "Partly accepted", color: "lime" },
  DECLINED: { label: "Declined", color: "gray" },
  INVOICED: { label: "Invoiced", color: "blue" },
  DRAFT: { label: "Draft", color: "gray" },
};

export function estimateStatusLook(status: EstimateStatus): { label: string; color: string } {
  return looks[status] ?? looks.DRAFT;
}
