import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import { fileSize, uploadFile } from "../../../lib/uploads";

export const LOGO_URL = "/uploads/facility/logo";
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"];

/** What POST /uploads/facility/logo answers with (201): the stored PNG and its size. */
export type UploadedLogo = { logoUrl: string; width: number; height: number };

/**
 * The quick checks before a logo is sent; the server decodes it and has the final word. SVG gets
 * its own reason, since a vector logo is what designers often hand over first.
 */
export function logoProblem(file: File): string | null {
  if (file.type === "image/svg+xml" || /\.svg$/i.test(file.name)) {
    return "SVG logos are not accepted. Export the logo as a PNG (with a transparent background) or WebP.";
  }
  if (!LOGO_TYPES.includes(file.type) && !/\.(png|jpe?g|webp)$/i.test(file.name)) {
    return "That file is not a PNG, JPEG or WebP image.";
  }
  if (file.size === 0) return "The file is empty.";
  if (file.size > MAX_LOGO_BYTES) return `The logo is ${fileSize(file.size)}; the limit is 5 MB.`;
  return null;
}

/** Uploads a logo and shows it everywhere the facility is read (settings, header) without a refetch. */
export function useUploadLogo(facilityId: string) {
  const client = useApolloClient();
  return useCallback(
    async (file: File) => {
      const logo = await uploadFile<UploadedLogo>(LOGO_URL, file);
      client.cache.modify({
        id: client.cache.identify({ __typename: "Facility", id: facilityId }),
        fields: { logoUrl: () => logo.logoUrl },
      });
      return logo;
    },
    [client, facilityId],
  );
}

/** Answers the facility by id, so every view of its logo updates. */
export const RemoveLogoMutation = graphql(`
  mutation RemoveLogo {
    removeLogo {
      id
      logoUrl
    }
  }
`);

export function useRemoveLogo() {
  return useMutation(RemoveLogoMutation);
}
