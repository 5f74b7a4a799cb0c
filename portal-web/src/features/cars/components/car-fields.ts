import { graphql } from "../../../gql";

/** What a car card shows; spread into every query that lists a viewer's cars. */
export const CarCardFields = graphql(`
  fragment CarCardFields on Car {
    id
    displayName
    year
    make
    model
    vin
    plate
    color
    status
    location
    coverThumbnailUrl
  }
`);
