import sharp from "sharp";
import { badInput } from "../graphql/errors.js";

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
const MAX_PIXELS = 50_000_000;
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "heif", "tiff"]);

export type ProcessedImage = {
  main: { data: Buffer; contentType: string; width: number; height: number };
  thumbnail: { data: Buffer; contentType: string; width: number; height: number };
};

/**
 * Checks an upload really is an image (by decoding it, not by its name or header), then makes a
 * display copy (longest side 2000 px) and a thumbnail (480 px), both WebP, upright, without EXIF
 * (which can carry the GPS position of where a photo was taken).
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length === 0) throw badInput("The file is empty.", { file: "Empty file" });
  if (input.length > MAX_IMAGE_BYTES) {
    throw badInput(`The image is ${(input.length / 1024 / 1024).toFixed(1)} MB; the limit is 15 MB.`, {
      file: "Too large",
    });
  }
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw badInput("That file is not an image we can read. Use a JPEG, PNG, WebP or HEIC photo.", {
      file: "Not an image",
    });
  }
  if (!metadata.format || !ACCEPTED.has(metadata.format)) {
    throw badInput("That file is not an image we can read. Use a JPEG, PNG, WebP or HEIC photo.", {
      file: "Not an image",
    });
  }
  const render = async (size: number, quality: number) => {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS })
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
