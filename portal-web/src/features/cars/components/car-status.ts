import type { CarStatus } from "../../../gql/graphql";

type StatusLook = { label: string; color: string };

const looks: Record<CarStatus, StatusLook> = {
  IN_STORAGE: { label: "In storage", color: "teal" },
  OUT: { label: "Out", color: "gray" },
  IN_SERVICE: { label: "In service", color: "orange" },
  IN_TRANSIT: { label: "In transit", color: "blue" },
};

/** Words a customer uses; a status added on the server later still reads as words, not a code. */
export function carStatusLook(status: CarStatus | string): StatusLook {
  const known = looks[status as CarStatus];
  if (known) return known;
  const words = status.toLowerCase().replace(/_/g, " ");
  return { label: words.charAt(0).toUpperCase() + words.slice(1), color: "gray" };
}
