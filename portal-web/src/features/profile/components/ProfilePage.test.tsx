import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { profileFixture, viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import { PortalProfileQuery } from "../api/portal-profile";
import { UpdatePortalProfileMutation } from "../api/update-portal-profile";
import { ProfilePage } from "./ProfilePage";

const profileMock = (profile = profileFixture()) => ({
  request: { query: PortalProfileQuery },
  result: { data: { portalProfile: profile } },
});

const renderProfile = (mocks: object[], viewer = viewerFixture()) =>
  renderSignedIn("profile", <ProfilePage />, { url: "/profile", mocks: mocks as never, viewer });

const allOn = { invoices: true, estimates: true, scheduling: true, carUpdates: true, contracts: true };

describe("profile", () => {
  it("shows name and email as the facility's to change", async () => {
    renderProfile([profileMock()]);
    expect(((await screen.findByLabelText("Name")) as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("jane@example.com");
    expect(screen.getByText("Ask Harbor Point Storage to change these.")).toBeTruthy();
  });

  it("lists the seven kinds of email with what each is about", async () => {
    renderProfile([profileMock()]);
    expect(await screen.findByRole("switch", { name: /Invoices/ })).toBeTruthy();
    for (const [label, description] of [
      ["Estimates", "Quote and estimate communications"],
      ["Scheduling", "Appointment and event reminders"],
      ["Car updates", "Vehicle status changes, photo sessions, and condition reports"],
      ["Contracts", "Document signing requests and agreement notifications"],
      ["Social events", "Invitations to community events and gatherings"],
      ["Marketing", "Promotional communications and newsletters"],
    ]) {
      expect(screen.getByRole("switch", { name: new RegExp(label as string) })).toBeTruthy();
      expect(screen.getByText(description as string)).toBeTruthy();
    }
    expect(screen.getAllByRole("switch")).toHaveLength(7);
  });

  it("saves phone, address and preferences, and says so", async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      phone: "(401) 555-0199",
      address: "41 Bellevue Avenue\nNewport, RI 02840",
      preferences: { ...allOn, socialEvents: true, marketing: false },
    };
    let saved = 0;
    renderProfile([
      profileMock(),
      {
        request: { query: UpdatePortalProfileMutation, variables: { input } },
        result: () => {
          saved++;
          return {
            data: {
              updatePortalProfile: profileFixture({
                phone: "+14015550199",
                phoneDisplay: input.phone,
                preferences: { __typename: "CommunicationPreferences", ...input.preferences },
              }),
            },
          };
        },
      },
    ]);
    const save = await screen.findByRole("button", { name: "Save changes" });
    expect(save.hasAttribute("disabled")).toBe(true);
    await user.clear(screen.getByLabelText("Phone"));
    // Pasted: keystroke by keystroke, each character renders the whole form again.
    await user.click(screen.getByLabelText("Phone"));
    await user.paste("(401) 555-0199");
    await user.click(screen.getByRole("switch", { name: /Social events/ }));
    await user.click(save);

    expect(await screen.findByText("Profile saved")).toBeTruthy();
    expect(saved).toBe(1);
    expect(screen.getByRole("button", { name: "Save changes" }).hasAttribute("disabled")).toBe(true);
  });

  it("shows the server's objection under the phone number", async () => {
    const user = userEvent.setup({ delay: null });
    renderProfile([
      profileMock(),
      {
        request: {
          query: UpdatePortalProfileMutation,
          variables: {
            input: {
              phone: "call me maybe",
              address: "41 Bellevue Avenue\nNewport, RI 02840",
              preferences: { ...allOn, socialEvents: false, marketing: false },
            },
          },
        },
        result: {
          errors: [
            {
              message:
                "“call me maybe” is not a phone number. Enter a phone number like (201) 555-0123, or +country code and number.",
              extensions: {
                code: "BAD_USER_INPUT",
                fields: {
                  phone:
                    "“call me maybe” is not a phone number. Enter a phone number like (201) 555-0123, or +country code and number.",
                },
              },
            },
          ],
        },
      },
    ]);
    await user.clear(await screen.findByLabelText("Phone"));
    await user.type(screen.getByLabelText("Phone"), "call me maybe");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(
      await screen.findByText(
        "“call me maybe” is not a phone number. Enter a phone number like (201) 555-0123, or +country code and number.",
      ),
    ).toBeTruthy();
  });

  it("leaves the address to the account holder for a sub-contact", async () => {
    renderProfile([profileMock(profileFixture({ isContact: true, address: null }))]);
    expect(await screen.findByText("The account's address is kept by its account holder.")).toBeTruthy();
    expect(screen.queryByLabelText("Address")).toBeNull();
  });

  it("cannot be saved in a staff preview", async () => {
    renderProfile([profileMock()], viewerFixture({ preview: true }));
    expect(await screen.findByText("Changes can't be saved from a preview.")).toBeTruthy();
    expect(screen.getByLabelText("Phone").hasAttribute("disabled")).toBe(true);
  });
});
