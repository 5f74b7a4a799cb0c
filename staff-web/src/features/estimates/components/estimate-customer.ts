/** What the estimates card needs of the customer whose page it is on. */
export type EstimateCustomer = { id: string; name: string };
