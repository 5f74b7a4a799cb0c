/** The server's limits (DESIGN §8); checked here too so a wrong file is refused before uploading. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_LABEL = "5 MB";

const MB = 1024 * 1024;

/** "6.2 MB", rounded up so a file just over the limit never reads as exactly 5.0 MB. */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
}

/** Why a chosen file cannot be uploaded, or null when it can. */
export function checkCsvFile(file: Pick<File, "name" | "size" | "type">): string | null {
  const isCsvName = /\.csv$/i.test(file.name);
  // Windows reports CSV files as application/vnd.ms-excel, so the extension is what counts.
  if (!isCsvName) {
    return `“${file.name}” is not a CSV file. Save the spreadsheet as CSV (comma-separated) and choose that file.`;
  }
  if (file.size === 0) return `“${file.name}” is empty. Fill in the template and choose it again.`;
  if (file.size > MAX_CSV_BYTES) {
    return `This file is ${fileSizeLabel(file.size)}; the limit is ${MAX_CSV_LABEL}. Split it into smaller files.`;
  }
  return null;
}

/**
 * Reads the file as UTF-8, or as Windows-1252 when it is not valid UTF-8: older Excel versions
 * save "CSV (Comma delimited)" in the system code page, and names like “Zoë” must survive.
 */
export async function readCsvText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Saves text as a download without a round trip to the server. */
export function saveTextFile(text: string, fileName: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: revoking during the click cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
