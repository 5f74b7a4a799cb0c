import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { CarHistoryFields } from "./car-detail";

export const AddCarEventMutation = graphql(`
  mutation AddCarEvent($carId: ID!, $input: CarEventInput!) {
    addCarEvent(carId: $carId, input: $input) {
      ...CarHistoryFields
    }
  }
`);

/** The new entry goes into the car's history where it belongs by time (newest first), with no refetch. */
export function useAddCarEvent(carId: string) {
  return useMutation(AddCarEventMutation, {
    update(cache, { data }) {
      if (!data) return;
      const entry = data.addCarEvent;
      const ref = cache.writeFragment({ fragment: CarHistoryFields, data: entry });
      if (!ref) return;
      const at = new Date(entry.happenedAt).getTime();
      cache.modify({
        id: cache.identify({ __typename: "Car", id: carId }),
        fields: {
          history: (existing: readonly Reference[] = [], { readField }) => {
            if (existing.some((r) => readField("id", r) === entry.id)) return existing;
            const index = existing.findIndex((r) => new Date(String(readField("happenedAt", r))).getTime() <= at);
            return index === -1 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
    },
  });
}
