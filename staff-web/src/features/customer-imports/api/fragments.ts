import { graphql } from "../../../gql";

/** What the import page shows of a job: the preview's counts and the run's progress. */
export const CustomerImportSummaryFragment = graphql(`
  fragment CustomerImportSummary on CustomerImport {
    id
    status
    fileName
    total
    newCustomers
    newCars
    duplicates
    errors
    processed
    customersCreated
    carsCreated
    skipped
  }
`);
