import type { Reference } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { CarPhotoFields } from "./car-detail";

/** What POST /uploads/cars/<id>/photos answers with (201). */
export type UploadedPhoto = { id: number | string; url: string; thumbnailUrl: string };

/** Puts a photo that has just been uploaded at the front of the gallery, before the car is read again. */
export function useAddUploadedPhoto(carId: string) {
  const client = useApolloClient();
  return useCallback(
    (photo: UploadedPhoto) => {
      const { cache } = client;
      // Sizes are unknown until the car is read again; the gallery does not need them.
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
      cache.modify({
        id: cache.identify({ __typename: "Car", id: carId }),
        fields: {
          photos: (existing: readonly Reference[] = []) => (ref ? [ref, ...existing] : existing),
        },
      });
    },
    [client, carId],
  );
}
