import type { EstimateStatus } from "../../../gql/graphql";

export const ESTIMATE_STATUS: Record<EstimateStatus, { label: string; color: string }> = {
  DRAFT: { label: "Draft", color: "gray" },
  SENT: { label: "Sent", color: "blue" },
  ACCEPTED: { label: "Accepted", color: "teal" },
  PARTIALLY_ACCEPTED: { label: "Partially accepted", color: "yellow" },
  DECLINED: { label: "Declined", color: "red" },
  INVOICED: { label: "Invoiced", color: "violet" },
};
