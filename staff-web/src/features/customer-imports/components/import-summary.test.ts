import { describe, expect, it } from "vitest";
import { auditSentence } from "../../audit/components/audit-lines";
import { previewSentence, progressPercent, reportSentence } from "./import-summary";

const job = {
  __typename: "CustomerImport" as const,
  id: "1",
  status: "PREVIEW" as const,
  fileName: "customers.csv",
  total: 5,
  newCustomers: 1,
  newCars: 2,
  duplicates: 1,
  errors: 2,
  processed: 2,
  customersCreated: 3,
  carsCreated: 1,
  skipped: 1,
};

describe("customer import summaries", () => {
  it("says what a preview found, in the singular and plural", () => {
    expect(previewSentence(job)).toBe("1 new customer with 2 cars; 1 duplicate and 2 errors skipped");
    expect(previewSentence({ ...job, duplicates: 0, errors: 0 })).toBe("1 new customer with 2 cars");
  });

  it("says what a run did and how far it is", () => {
    expect(reportSentence(job)).toBe("Imported 3 customers and 1 car; 1 line skipped");
    expect(progressPercent(job)).toBe(40);
    expect(progressPercent({ processed: 0, total: 0 })).toBe(100);
  });

  it("tells the audit line of an import with its counts", () => {
    const line = {
      action: "CUSTOMERS_IMPORTED" as const,
      subject: "customers.csv",
      details: [
        { key: "customers", value: "3" },
        { key: "cars", value: "4" },
        { key: "skipped", value: "1" },
      ],
    };
    expect(auditSentence(line as Parameters<typeof auditSentence>[0])).toBe(
      "imported 3 customers and 4 cars from customers.csv (1 lines skipped)",
    );
  });
});
