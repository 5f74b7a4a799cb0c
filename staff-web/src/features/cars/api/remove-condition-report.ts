import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { removeFromCar } from "./car-cache";

export const RemoveConditionReportMutation = graphql(`
  mutation RemoveConditionReport($id: ID!) {
    removeConditionReport(id: $id)
  }
`);

export function useRemoveConditionReport(carId: string) {
  return useMutation(RemoveConditionReportMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeConditionReport || !variables) return;
      removeFromCar(cache, carId, "conditionReports", { __typename: "ConditionReport", id: String(variables.id) });
    },
  });
}
