import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CarPhotoFieldsFragment } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { PhotosCard } from "./PhotosCard";

const setup = () => userEvent.setup({ applyAccept: false });
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;

function image(name: string, size?: number) {
  const f = new File(["\x89PNG"], name, { type: "image/png" });
  if (size !== undefined) Object.defineProperty(f, "size", { value: size });
  return f;
}

function reply(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

const PHOTO: CarPhotoFieldsFragment = {
  id: "1",
  url: "/files/1",
  thumbnailUrl: "/files/2",
  width: 2000,
  height: 1333,
  caption: null,
};

function renderCard(photos: CarPhotoFieldsFragment[] = []) {
  const onUploaded = vi.fn();
  renderWithProviders(<PhotosCard carId="5" carName="1967 Jaguar E-Type" photos={photos} onUploaded={onUploaded} />);
  return { onUploaded };
}

/** The upload list's row for a file, and the reason it shows, if any. */
function row(name: string) {
  const item = within(screen.getByRole("region", { name: "Uploads" })).getByRole("listitem", { name });
  return { status: item.dataset.status, error: within(item).queryByRole("alert")?.textContent ?? null };
}

afterEach(() => vi.unstubAllGlobals());

describe("PhotosCard uploads", () => {
  it("lists every file with its outcome: refused before sending, refused by the server, uploaded", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        reply(400, {
          error: {
            code: "BAD_USER_INPUT",
            message: "That file is not an image we can read. Use a JPEG, PNG, WebP or HEIC photo.",
            fields: { file: "Not an image" },
          },
        }),
      )
      .mockResolvedValueOnce(reply(201, { id: 9, url: "/files/30", thumbnailUrl: "/files/31" }));
    vi.stubGlobal("fetch", fetch);
    const user = setup();
    const { onUploaded } = renderCard();

    await user.upload(fileInput(), [
      new File(["%PDF-1.4"], "front.pdf", { type: "application/pdf" }),
      image("huge.png", 16 * 1024 * 1024),
      image("renamed.png"),
      image("side.png"),
    ]);

    await waitFor(() => expect(row("side.png").status).toBe("done"));
    expect(row("front.pdf")).toEqual({
      status: "failed",
      error: "front.pdf: That file is not an image. Use a JPEG, PNG, WebP or HEIC photo.",
    });
    expect(row("huge.png")).toEqual({ status: "failed", error: "huge.png: The image is 16.0 MB; the limit is 15 MB." });
    expect(row("renamed.png")).toEqual({
      status: "failed",
      error: "renamed.png: That file is not an image we can read. Use a JPEG, PNG, WebP or HEIC photo.",
    });
    expect(screen.getByText("1 uploaded, 3 not uploaded")).toBeTruthy();

    // Only the two that passed the checks were sent, one after the other, with the upload headers.
    expect(fetch).toHaveBeenCalledTimes(2);
    const [url, init] = fetch.mock.calls[1] as [string, RequestInit];
    expect(url).toBe("/uploads/cars/5/photos");
    expect(init).toMatchObject({
      method: "POST",
      credentials: "same-origin",
      headers: { "x-portico-request": "1", "x-file-name": "side.png" },
    });
    expect(onUploaded).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("region", { name: "Uploads" })).toBeNull();
  });

  it("says when the connection fails, and keeps going with the next file", async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValueOnce(reply(201, { id: 9, url: "/files/30", thumbnailUrl: "/files/31" }));
    vi.stubGlobal("fetch", fetch);
    const user = setup();
    renderCard();
    await user.upload(fileInput(), [image("a.png"), image("b.png")]);
    await waitFor(() => expect(row("b.png").status).toBe("done"));
    expect(row("a.png").error).toBe("a.png: Cannot reach Portico. Check your connection and try again.");
  });

  it("takes photos dropped on the card", async () => {
    const fetch = vi.fn().mockResolvedValue(reply(201, { id: 9, url: "/files/30", thumbnailUrl: "/files/31" }));
    vi.stubGlobal("fetch", fetch);
    renderCard([PHOTO]);
    const card = screen.getByRole("heading", { name: "Photos" }).closest("section") as HTMLElement;
    const target = card.firstElementChild as HTMLElement;
    const dataTransfer = { files: [image("drop.png")], types: ["Files"], dropEffect: "none" };
    fireEvent.dragEnter(target, { dataTransfer });
    expect(screen.getByText("Drop photos to upload")).toBeTruthy();
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(row("drop.png").status).toBe("done"));
    expect(screen.queryByText("Drop photos to upload")).toBeNull();
  });
});
