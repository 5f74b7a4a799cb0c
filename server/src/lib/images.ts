import type sharpModule from "sharp";
import { badInput } from "./domain-error.js";

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
const MAX_PIXELS = 50_000_000;
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "heif", "tiff"]);

export type ProcessedImage = {
  main: { data: Buffer; contentType: string; width: number; height: number };
  thumbnail: { data: Buffer; contentType: string; width: number; height: number };
};

let library: Promise<typeof sharpModule> | undefined;

/** libvips behind sharp, loaded with the first image: a native library most requests never need. */
function sharp(...args: Parameters<typeof sharpModule>): Promise<sharpModule.Sharp> {
  library ??= import("sharp").then((module) => module.default);
  return library.then((load) => load(...args));
}

const NOT_AN_IMAGE = "That file is not an image we can read. Use a JPEG, PNG, WebP or HEIC photo.";

/**
 * Decodes the header of an upload (never trusting its name or type) and answers its format, or
 * refuses it with the caller's words: empty, over `maxBytes`, not an image, or not one of `accepted`.
 */
async function readImage(
  input: Buffer,
  options: { maxBytes: number; accepted: Set<string>; notAccepted: string; refuse?: Record<string, string> },
): Promise<sharpModule.Metadata> {
  if (input.length === 0) throw badInput("The file is empty.", { file: "Empty file" });
  if (input.length > options.maxBytes) {
    const limit = `${Math.round(options.maxBytes / 1024 / 1024)} MB`;
    throw badInput(`The image is ${(input.length / 1024 / 1024).toFixed(1)} MB; the limit is ${limit}.`, {
      file: "Too large",
    });
  }
  // Outside the try: a library that fails to load is a server fault, not a bad upload.
  const image = await sharp(input, { limitInputPixels: MAX_PIXELS });
  let metadata: sharpModule.Metadata;
  try {
    metadata = await image.metadata();
  } catch {
    throw badInput(options.notAccepted, { file: "Not an image" });
  }
  const refusal = metadata.format ? options.refuse?.[metadata.format] : undefined;
  if (refusal) throw badInput(refusal, { file: "Format not accepted" });
  if (!metadata.format || !options.accepted.has(metadata.format)) {
    throw badInput(options.notAccepted, { file: "Not an image" });
  }
  return metadata;
}

/**
 * Checks an upload really is an image (by decoding it, not by its name or header), then makes a
 * display copy (longest side 2000 px) and a thumbnail (480 px), both WebP, upright, without EXIF
 * (which can carry the GPS position of where a photo was taken).
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  await readImage(input, { maxBytes: MAX_IMAGE_BYTES, accepted: ACCEPTED, notAccepted: NOT_AN_IMAGE });
  const render = async (size: number, quality: number) => {
    const { data, info } = await (await sharp(input, { limitInputPixels: MAX_PIXELS }))
      .rotate()
      .resize({ width: size, height: size, fit: "inside", withoutEnlargement: true })
      .webp({ quality })
      .toBuffer({ resolveWithObject: true });
    return { data, contentType: "image/webp", width: info.width, height: info.height };
  };
  try {
    return { main: await render(2000, 82), thumbnail: await render(480, 75) };
  } catch {
    throw badInput("That image could not be processed. Try another photo.", { file: "Unreadable image" });
  }
}

export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
/** Big enough for a sharp header on a high-density screen, small enough for every email client. */
export const LOGO_MAX_SIDE = 512;
const LOGO_FORMATS = new Set(["png", "jpeg", "webp"]);
const NOT_A_LOGO = "That file is not an image we can read. Use a PNG, JPEG or WebP logo.";
const SVG_REFUSED =
  "SVG logos are not accepted: they can carry scripts. Export the logo as a PNG (with a transparent background) or WebP.";

/**
 * A facility's logo: PNG, JPEG or WebP, re-encoded as PNG (kept transparent, and the one format every
 * email client shows) with its longest side at most 512 px. SVG is refused: it can carry scripts and
 * external references, and a rasterised copy is what emails need anyway.
 */
export async function processLogo(input: Buffer): Promise<ProcessedImage["main"]> {
  // Sniffed as well as decoded: a build of the image library without SVG support would call it "not an image".
  if (
    /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(
      input.subarray(0, 4096).toString("utf8"),
    )
  ) {
    throw badInput(SVG_REFUSED, { file: "Format not accepted" });
  }
  await readImage(input, {
    maxBytes: MAX_LOGO_BYTES,
    accepted: LOGO_FORMATS,
    notAccepted: NOT_A_LOGO,
    refuse: { svg: SVG_REFUSED },
  });
  try {
    const { data, info } = await (await sharp(input, { limitInputPixels: MAX_PIXELS }))
      .rotate()
      .resize({ width: LOGO_MAX_SIDE, height: LOGO_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9, adaptiveFiltering: true })
      .toBuffer({ resolveWithObject: true });
    return { data, contentType: "image/png", width: info.width, height: info.height };
  } catch {
    throw badInput("That image could not be processed. Try another file.", { file: "Unreadable image" });
  }
}
