import type { CarStatus } from "../../../gql/graphql";

export const CAR_STATUS: Record<CarStatus, { label: string; color: string }> = {
  IN_STORAGE: { label: "In storage", color: "teal" },
  IN_SERVICE: { label: "In service", color: "yellow" },
  IN_TRANSIT: { label: "In transit", color: "blue" },
  OUT: { label: "Out", color: "gray" },
};

export const CAR_STATUS_OPTIONS = (Object.keys(CAR_STATUS) as CarStatus[]).map((value) => ({
  value,
  label: CAR_STATUS[value].label,
}));
