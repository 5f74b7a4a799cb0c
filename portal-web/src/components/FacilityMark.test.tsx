import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FacilityMark } from "./FacilityMark";

const brand = { name: "Harbor Point Storage", brandColor: "#0b7285", logoUrl: "https://cdn.example.com/harbor.png" };

function renderMark(props: Parameters<typeof FacilityMark>[0]) {
  return render(
    <MantineProvider env="test">
      <FacilityMark {...props} />
    </MantineProvider>,
  );
}

describe("FacilityMark", () => {
  it("shows the facility's logo, named for screen readers", () => {
    renderMark({ brand });
    expect(screen.getByRole("img", { name: "Harbor Point Storage" }).getAttribute("src")).toBe(brand.logoUrl);
  });

  it("falls back to the facility's initials when the logo cannot load", () => {
    renderMark({ brand });
    fireEvent.error(screen.getByRole("img"));
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("HP")).toBeTruthy();
  });

  it("uses initials when the facility has no logo", () => {
    renderMark({ brand: { ...brand, name: "Lakeside & Co Boatyard", logoUrl: null } });
    expect(screen.getByText("LC")).toBeTruthy();
  });
});
