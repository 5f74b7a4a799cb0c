// Where a stored file is served. In lib/ because emails (email/) and pages (modules/) both link to
// files, and email/ knows no module.

export function fileUrl(fileId: number): string {
  return `/files/${fileId}`;
}

type LogoSource = { logoFileId: number | null; logoUrl: string | null };

/** The logo the SPAs show: an uploaded one (same origin) before a configured address. */
export function logoPath(facility: LogoSource): string | null {
  return facility.logoFileId != null ? fileUrl(facility.logoFileId) : facility.logoUrl;
}

/** Emails are read away from Portico: an uploaded logo needs the deployment's public address. */
export function absoluteLogoUrl(facility: LogoSource, publicUrl: string): string | null {
  return facility.logoFileId != null
    ? `${publicUrl.replace(/\/+$/, "")}${fileUrl(facility.logoFileId)}`
    : facility.logoUrl;
}
