import type { DocumentKind } from "../../../gql/graphql";
import { fileSize, MAX_DOCUMENT_BYTES } from "../../../lib/uploads";

export const DOCUMENT_KIND: Record<DocumentKind, string> = {
  STORAGE_AGREEMENT: "Storage agreement",
  LIABILITY_WAIVER: "Liability waiver",
  AGREEMENT: "Agreement",
  FILE: "File",
};

export const DOCUMENT_KIND_OPTIONS = (Object.keys(DOCUMENT_KIND) as DocumentKind[]).map((value) => ({
  value,
  label: DOCUMENT_KIND[value],
}));

export const TITLE_MAX = 200;

export function isPdf(file: Pick<File, "name" | "type">): boolean {
  return file.type === "application/pdf" || (!file.type && /\.pdf$/i.test(file.name));
}

/** Why a file cannot be uploaded as chosen, before it is sent; the server checks again, by its bytes. */
export function documentFileProblem(file: File | null, requiresSignature: boolean): string | null {
  if (!file) return "Choose a file to upload";
  if (file.size === 0) return "The file is empty.";
  if (file.size > MAX_DOCUMENT_BYTES) return `The file is ${fileSize(file.size)}; the limit is 20 MB.`;
  if (requiresSignature && !isPdf(file)) return "Documents to be signed must be PDFs.";
  return null;
}

/** "Storage agreement 2026.pdf" → "Storage agreement 2026": a starting title people can keep. */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[_]+/g, " ")
    .trim()
    .slice(0, TITLE_MAX);
}

// Order matters: Edge's string mentions Chrome and Safari, Chrome's mentions Safari.
const BROWSERS: Array<[string, RegExp]> = [
  ["Edge", /Edg(?:e|A|iOS)?\/(\d+)/],
  ["Firefox", /(?:Firefox|FxiOS)\/(\d+)/],
  ["Chrome", /(?:Chrome|CriOS)\/(\d+)/],
  ["Safari", /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari/],
];
const SYSTEMS: Array<[string, RegExp]> = [
  ["iOS", /iPhone|iPad/],
  ["Android", /Android/],
  ["macOS", /Mac OS X/],
  ["Windows", /Windows/],
  ["Linux", /Linux/],
];

/** "Chrome 131 on macOS": enough to recognise the browser; the full string stays in the details. */
export function browserSummary(userAgent: string): string | null {
  let browser: string | null = null;
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const os = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;
  if (!browser) return os;
  return os ? `${browser} on ${os}` : browser;
}
