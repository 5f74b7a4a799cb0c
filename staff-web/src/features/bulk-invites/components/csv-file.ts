import { saveTextFile } from "../../../lib/csv-file";

export {
  checkCsvFile,
  fileSizeLabel,
  MAX_CSV_BYTES,
  MAX_CSV_LABEL,
  readCsvText,
  saveTextFile,
} from "../../../lib/csv-file";

export const TEMPLATE_FILE_NAME = "portico-invite-template.csv";

/**
 * Example rows use the reserved `.example` domain, so a template uploaded unedited matches no one.
 * Either column identifies the customer; the invite always goes to the email on record.
 */
export const TEMPLATE_CSV = [
  "customer_id,name,email",
  ",Ann Lee,ann.lee@customer.example",
  ",Ben Ortiz,ben.ortiz@customer.example",
  "",
].join("\r\n");

export function downloadTemplate() {
  saveTextFile(TEMPLATE_CSV, TEMPLATE_FILE_NAME);
}
