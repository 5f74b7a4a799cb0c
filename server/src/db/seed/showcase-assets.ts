import sharp from "sharp";
import { type ProcessedImage, processImage } from "../../lib/images.js";

/**
 * Placeholder photos and PDFs for the demo's showcase customer, made at seed time so the repository
 * carries no binaries: a soft gradient with a car's silhouette and name, and one-page PDFs.
 */

type Palette = { from: string; to: string; ink: string };

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

function photoSvg(title: string, caption: string, palette: Palette): string {
  const w = 1600;
  const h = 1066;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${palette.from}"/>
      <stop offset="1" stop-color="${palette.to}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.3" cy="0.25" r="0.8">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.45"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="floor" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#000000" stop-opacity="0"/>
      <stop offset="1" stop-color="#000000" stop-opacity="0.22"/>
    </linearGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  <rect width="${w}" height="${h}" fill="url(#glow)"/>
  <rect y="${h * 0.62}" width="${w}" height="${h * 0.38}" fill="url(#floor)"/>
  <ellipse cx="800" cy="742" rx="560" ry="34" fill="#000000" fill-opacity="0.18"/>
  <g fill="${palette.ink}" fill-opacity="0.88">
    <path d="M260 690 C262 628 300 600 372 588 L560 560 C640 488 742 450 860 450 C972 450 1062 492 1130 556
             L1260 574 C1326 584 1352 616 1354 676 L1356 704 L1240 704 A96 96 0 0 0 1048 704 L560 704
             A96 96 0 0 0 368 704 L262 704 Z"/>
    <circle cx="464" cy="706" r="78"/>
    <circle cx="1144" cy="706" r="78"/>
  </g>
  <g fill="#ffffff" fill-opacity="0.5">
    <path d="M600 560 C668 506 752 480 846 480 L846 560 Z"/>
    <path d="M872 480 C962 482 1030 510 1088 560 L872 560 Z"/>
    <circle cx="464" cy="706" r="34"/>
    <circle cx="1144" cy="706" r="34"/>
  </g>
  <text x="96" y="932" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="64" font-weight="700"
        fill="${palette.ink}">${escapeXml(title)}</text>
  <text x="98" y="996" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="36"
        fill="${palette.ink}" fill-opacity="0.75">${escapeXml(caption)}</text>
</svg>`;
}

/** One placeholder photo, run through the same checks and resizing as an upload. */
export async function placeholderPhoto(title: string, caption: string, palette: Palette): Promise<ProcessedImage> {
  const png = await sharp(Buffer.from(photoSvg(title, caption, palette)))
    .png()
    .toBuffer();
  return processImage(png);
}

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "-");

/** A one-page Letter PDF: a title and paragraphs of text in Helvetica, with a correct cross-reference table. */
export function simplePdf(title: string, paragraphs: string[]): Buffer {
  const lines: Array<{ text: string; size: number; gap: number }> = [{ text: title, size: 18, gap: 34 }];
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/\s+/);
    let line = "";
    for (const word of words) {
      if (`${line} ${word}`.trim().length > 88) {
        lines.push({ text: line, size: 11, gap: 16 });
        line = word;
      } else line = `${line} ${word}`.trim();
    }
    lines.push({ text: line, size: 11, gap: 26 });
  }
  let y = 730;
  const content = lines
    .map((l) => {
      const op = `BT /F1 ${l.size} Tf 72 ${y} Td (${escapePdf(l.text)}) Tj ET`;
      y -= l.gap;
      return op;
    })
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
