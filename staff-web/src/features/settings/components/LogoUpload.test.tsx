import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { logoProblem, RemoveLogoMutation } from "../api/logo";
import { LogoUpload } from "./LogoUpload";

const png = (size = 2048, name = "harbor.png") => new File([new Uint8Array(size)], name, { type: "image/png" });

function renderLogo(logoUrl: string | null, mocks: Parameters<typeof renderWithProviders>[1] = {}) {
  const onForbidden = vi.fn();
  renderWithProviders(
    <LogoUpload facilityId="1" facilityName="Harbor Point" logoUrl={logoUrl} canEdit onForbidden={onForbidden} />,
    mocks,
  );
  return { onForbidden };
}

afterEach(() => vi.unstubAllGlobals());

describe("LogoUpload", () => {
  it("refuses SVG, other types, empty and oversized files before sending them", () => {
    expect(logoProblem(new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" }))).toMatch(
      /^SVG logos are not accepted/,
    );
    expect(logoProblem(new File(["%PDF"], "logo.pdf", { type: "application/pdf" }))).toBe(
      "That file is not a PNG, JPEG or WebP image.",
    );
    expect(logoProblem(png(0))).toBe("The file is empty.");
    expect(logoProblem(png(6 * 1024 * 1024))).toBe("The logo is 6.0 MB; the limit is 5 MB.");
    expect(logoProblem(png())).toBeNull();
  });

  it("uploads a picked logo with the upload header and says it was saved", async () => {
    const user = userEvent.setup({ applyAccept: false });
    const fetchMock = vi.fn(async () =>
      Response.json({ logoUrl: "/files/9", width: 512, height: 256 }, { status: 201 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderLogo(null);
    expect(screen.getByText("No logo")).toBeTruthy();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, png());
    expect(await screen.findByText("Logo saved")).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/uploads/facility/logo");
    expect((init.headers as Record<string, string>)["x-portico-request"]).toBe("1");
  });

  it("shows the server's reason when it refuses the file, and sends nothing it can refuse itself", async () => {
    const user = userEvent.setup({ applyAccept: false });
    const fetchMock = vi.fn(async () =>
      Response.json(
        {
          error: {
            code: "BAD_USER_INPUT",
            message: "That file is not an image we can read. Use a PNG, JPEG or WebP logo.",
            fields: { file: "Not an image" },
          },
        },
        { status: 400 },
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderLogo(null);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;

    await user.upload(input, new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" }));
    expect(await screen.findByText(/^SVG logos are not accepted/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.upload(input, png(4096, "renamed.png"));
    expect(
      await screen.findByText("That file is not an image we can read. Use a PNG, JPEG or WebP logo."),
    ).toBeTruthy();
    expect(screen.queryByText(/^SVG logos/)).toBeNull();
  });

  it("removes the logo", async () => {
    const user = userEvent.setup({ delay: null });
    renderLogo("/files/9", {
      mocks: [
        {
          request: { query: RemoveLogoMutation },
          result: { data: { removeLogo: { __typename: "Facility", id: "1", logoUrl: null } } },
        },
      ],
    });
    expect(screen.getByRole("img", { name: "Harbor Point logo" }).getAttribute("src")).toBe("/files/9");
    expect(screen.getByRole("button", { name: "Replace logo" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Remove logo" }));
    expect(await screen.findByText("Logo removed")).toBeTruthy();
  });
});
