import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const AddConditionReportMutation = graphql(`
  mutation AddConditionReport($carId: ID!, $input: ConditionReportInput!) {
    addConditionReport(carId: $carId, input: $input)
  }
`);

/**
 * Answers the new report's id, which its photo uploads need; the dialog reads the car again once
 * the photos are in, so the report shows with them.
 */
export function useAddConditionReport() {
  return useMutation(AddConditionReportMutation);
}
