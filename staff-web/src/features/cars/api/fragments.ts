import { graphql } from "../../../gql";

export const CarFields = graphql(`
  fragment CarFields on Car {
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
