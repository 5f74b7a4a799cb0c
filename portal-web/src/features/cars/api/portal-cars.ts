import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { useSections } from "../../../lib/viewer";

export const PortalCarsQuery = graphql(`
  query PortalCars {
    portalViewer {
      account {
        cars {
          ...CarCardFields
        }
      }
    }
  }
`);

/** The account's cars; not asked for at all when the facility turned Vehicles off (the server would refuse). */
export function usePortalCars() {
  const enabled = useSections().has("VEHICLES");
  const query = useQuery(PortalCarsQuery, { skip: !enabled });
  return { ...query, enabled, cars: query.data?.portalViewer?.account.cars };
}
