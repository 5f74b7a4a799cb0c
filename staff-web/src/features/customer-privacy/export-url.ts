/** The staff download of a customer's data (a ZIP) for an access request. */
export const customerExportUrl = (customerId: string) => `/exports/customers/${encodeURIComponent(customerId)}`;
