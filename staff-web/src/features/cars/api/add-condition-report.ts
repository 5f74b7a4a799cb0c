import type { Reference } from "@apollo/client";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import type { UploadedPhoto } from "./add-uploaded-photo";
import { CarPhotoFields, ConditionReportFields } from "./car-detail";

export const AddConditionReportMutation = graphql(`
  mutation AddConditionReport($carId: ID!, $input: ConditionReportInput!) {
    addConditionReport(carId: $carId, input: $input) {
      ...ConditionReportFields
    }
  }
`);

/**
 * The new report joins the car's reports in date order (newest first) straight from the answer; its
 * id is where its photos are uploaded.
 */
export function useAddConditionReport(carId: string) {
  return useMutation(AddConditionReportMutation, {
    update(cache, { data }) {
      if (!data) return;
      const report = data.addConditionReport;
      const ref = cache.writeFragment({
        fragment: ConditionReportFields,
        fragmentName: "ConditionReportFields",
        data: report,
      });
      if (!ref) return;
      cache.modify({
        id: cache.identify({ __typename: "Car", id: carId }),
        fields: {
          conditionReports: (existing: readonly Reference[] = [], { readField }) => {
            if (existing.some((r) => readField("id", r) === report.id)) return existing;
            const index = existing.findIndex((r) => String(readField("inspectedOn", r)) <= report.inspectedOn);
            return index === -1 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
    },
  });
}

/** Adds a photo just uploaded to a report to that report in the cache, in upload order. */
export function useAddReportPhoto() {
  const client = useApolloClient();
  return useCallback(
    (reportId: string, photo: UploadedPhoto) => {
      const { cache } = client;
      // Sizes are unknown until the car is read again; the report's thumbnails do not need them.
      const data = {
        __typename: "Photo" as const,
        id: String(photo.id),
        url: photo.url,
        thumbnailUrl: photo.thumbnailUrl,
        width: null,
        height: null,
        caption: null,
      };
      const ref = cache.writeFragment({ fragment: CarPhotoFields, data });
      if (!ref) return;
      cache.modify({
        id: cache.identify({ __typename: "ConditionReport", id: reportId }),
        fields: { photos: (existing: readonly Reference[] = []) => [...existing, ref] },
      });
    },
    [client],
  );
}
