import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The server's answer to a refused upload: `{ error: { code, message, fields? } }` with a 4xx status,
 * the codes and field messages a GraphQL error would carry.
 */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    /** Input name (`file`, `title`, `kind`…) → the message to show under it. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "UploadError";
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; fields?: unknown } | null };

function refusalOf(body: ErrorBody | null, status: number): UploadError | null {
  const error = body?.error;
  if (!error || typeof error !== "object" || typeof error.message !== "string") return null;
  const fields =
    error.fields && typeof error.fields === "object"
      ? Object.fromEntries(
          Object.entries(error.fields as Record<string, unknown>).filter(
            (entry): entry is [string, string] => typeof entry[1] === "string",
          ),
        )
      : {};
  return new UploadError(error.message, status, typeof error.code === "string" ? error.code : null, fields);
}

/**
 * Where a refusal's words go in a form: under the one input at fault (its full message, which says
 * more than the short field message), under each input when several are, else above the buttons.
 * Only the inputs the form has count; a field it does not show leaves the message for the form.
 */
export function uploadFieldErrors(
  error: unknown,
  inputs: readonly string[],
): { fields: Record<string, string>; message: string | null } {
  if (!(error instanceof UploadError)) return { fields: {}, message: uploadErrorMessage(error) };
  const named = Object.entries(error.fields).filter(([name]) => inputs.includes(name));
  if (named.length === 0) return { fields: {}, message: error.message };
  if (named.length === 1) {
    const [name] = named[0] as [string, string];
    return { fields: { [name]: error.message }, message: null };
  }
  return { fields: Object.fromEntries(named), message: null };
}

const MB = 1024 * 1024;
export const MAX_IMAGE_BYTES = 15 * MB;
export const MAX_DOCUMENT_BYTES = 20 * MB;

/** "2.4 MB", "380 KB", "912 bytes": sizes as people read them. */
export function fileSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
}

// Some browsers leave the type of HEIC photos empty; the server decodes them, so they may go.
const IMAGE_EXTENSION = /\.(jpe?g|png|webp|gif|avif|heic|heif|tiff?)$/i;

/**
 * The quick checks before an image is sent: an image type, at most 15 MB. The server decodes every
 * upload and has the final word; this only spares a slow upload that is sure to be refused.
 */
export function imageProblem(file: File): string | null {
  const image = file.type.startsWith("image/") || (!file.type && IMAGE_EXTENSION.test(file.name));
  if (!image) return "That file is not an image. Use a JPEG, PNG, WebP or HEIC photo.";
  if (file.size === 0) return "The file is empty.";
  if (file.size > MAX_IMAGE_BYTES) return `The image is ${fileSize(file.size)}; the limit is 15 MB.`;
  return null;
}

/**
 * Sends one file as the raw request body, its name in X-File-Name. The custom header is the
 * uploads' CSRF guard: a cross-site form cannot send it.
 */
export async function uploadFile<T>(url: string, file: File, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "x-portico-request": "1", "x-file-name": encodeURIComponent(file.name) },
      body: file,
      credentials: "same-origin",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UploadError("Cannot reach Portico. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  if (response.ok) return body as T;
  const refusal = refusalOf(body, response.status);
  if (refusal) throw refusal;
  if (response.status === 413) throw new UploadError("The file is too large to upload.", 413);
  if (response.status === 401) throw new UploadError("Your session has ended. Sign in again to upload.", 401);
  throw new UploadError(`The upload failed (error ${response.status}). Please try again.`, response.status);
}

export function uploadErrorMessage(error: unknown): string {
  return error instanceof UploadError ? error.message : "The upload failed. Please try again.";
}

export type UploadStatus = "waiting" | "uploading" | "done" | "failed";

export type UploadItem = {
  key: string;
  name: string;
  size: number;
  status: UploadStatus;
  /** Why it failed: the pre-check's or the server's words. */
  error: string | null;
};

type QueueOptions<T> = {
  /** Where each file goes; a function when the target is known only when the upload starts. */
  url: string | (() => string);
  /** A reason to refuse a file before sending it, or null. */
  check?: (file: File) => string | null;
  onUploaded?: (result: T, file: File) => void;
  /** After the last queued file, with how many went through. */
  onSettled?: (summary: { uploaded: number; failed: number }) => void;
};

let nextKey = 0;

/**
 * Uploads files one at a time, in the order given, and keeps each file's state for the list the
 * user watches: waiting, uploading, done, or failed with the reason. One at a time keeps the
 * server's image processing and the user's uplink from being swamped by a folder of photos.
 */
export function useUploadQueue<T>({ url, check, onUploaded, onSettled }: QueueOptions<T>) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<Array<{ key: string; file: File }>>([]);
  const running = useRef(false);
  const batch = useRef({ uploaded: 0, failed: 0 });
  const abort = useRef<AbortController | null>(null);
  const options = useRef({ url, check, onUploaded, onSettled });
  options.current = { url, check, onUploaded, onSettled };

  useEffect(() => () => abort.current?.abort(), []);

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    abort.current = new AbortController();
    const { signal } = abort.current;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { key, file } = next;
        patch(key, { status: "uploading" });
        try {
          const { url: target } = options.current;
          const result = await uploadFile<T>(typeof target === "function" ? target() : target, file, signal);
          batch.current.uploaded += 1;
          patch(key, { status: "done" });
          options.current.onUploaded?.(result, file);
        } catch (error) {
          if (signal.aborted) return;
          batch.current.failed += 1;
          patch(key, { status: "failed", error: uploadErrorMessage(error) });
        }
      }
      const summary = batch.current;
      batch.current = { uploaded: 0, failed: 0 };
      options.current.onSettled?.(summary);
    } finally {
      running.current = false;
    }
  }, [patch]);

  /**
   * Queues files; those the pre-check refuses are listed as failed straight away. Answers how many
   * were queued: with none, nothing runs and `onSettled` is not called.
   */
  const add = useCallback(
    (files: Iterable<File>): number => {
      const added: UploadItem[] = [];
      let queued = 0;
      for (const file of files) {
        const key = `upload-${nextKey++}`;
        const problem = options.current.check?.(file) ?? null;
        added.push({ key, name: file.name, size: file.size, status: problem ? "failed" : "waiting", error: problem });
        if (!problem) {
          queue.current.push({ key, file });
          queued += 1;
        }
      }
      if (added.length > 0) setItems((all) => [...all, ...added]);
      if (queued > 0) void run();
      return queued;
    },
    [run],
  );

  /** Forgets finished files; those still waiting or uploading stay listed. */
  const clearFinished = useCallback(() => {
    setItems((all) => all.filter((item) => item.status === "waiting" || item.status === "uploading"));
  }, []);

  const busy = items.some((item) => item.status === "waiting" || item.status === "uploading");
  return { items, add, clearFinished, busy };
}
