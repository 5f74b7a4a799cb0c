import { describe, expect, it } from "vitest";
import { renderInviteEmail } from "./templates/invite.js";
import { brandColor, describeExpiry, type FacilityBranding, textOn } from "./templates/layout.js";
import { renderSignInLinkEmail } from "./templates/sign-in-link.js";

const now = new Date("2026-11-21T09:00:00.000Z");
const expiresAt = new Date("2026-11-28T09:00:00.000Z");
const url = "https://portal.example.com/portal/link/AbC_dEf-123";
const codeUrl = "https://portal.example.com/portal/sign-in/code?facility=harbor";

const facility: FacilityBranding = {
  name: "Harbor Storage",
  brandColor: "#0b7285",
  logoUrl: "https://cdn.example.com/harbor.png",
  replyToEmail: "desk@harbor.test",
  welcomeMessage: "Welcome aboard!\nWe look after your cars like our own.",
};

const invite = (overrides: Partial<Parameters<typeof renderInviteEmail>[0]> = {}) =>
  renderInviteEmail({
    facility,
    recipientName: "Jane Doe",
    signInUrl: url,
    code: "04812345",
    codeUrl,
    expiresAt,
    now,
    onboardingSteps: ["Sign your storage agreement", "Add a payment method"],
    ...overrides,
  });

describe("invite email", () => {
  it("names the facility in the subject and carries link, code and expiry in both parts", () => {
    const email = invite();
    expect(email.subject).toBe("You're invited to the Harbor Storage customer portal");
    const expiry = "This link expires on Saturday, 28 November 2026 at 09:00 UTC (in 7 days).";
    for (const part of [email.textBody, email.htmlBody]) {
      expect(part).toContain(url);
      expect(part).toContain("04812345");
      expect(part).toContain("Sign your storage agreement");
      expect(part).toContain("Add a payment method");
      expect(part).toContain("Sent by Harbor Storage via Portico. If you weren");
    }
    expect(email.textBody).toContain(expiry);
    expect(email.textBody).toContain("Or enter this code on the sign-in page: 04812345");
    expect(email.textBody).toContain("Hi Jane,");
    expect(email.textBody).toContain("We look after your cars like our own.");
    expect(email.textBody).toContain("Questions? Reply to this email or write to desk@harbor.test.");
    expect(email.htmlBody).toContain(expiry);
    expect(email.htmlBody).toContain("Sign in to the portal</a>");
    expect(email.htmlBody).toContain('<img src="https://cdn.example.com/harbor.png" alt="Harbor Storage"');
    expect(email.htmlBody).toContain("Welcome aboard!<br>We look after");
    expect(email.htmlBody).not.toContain("${");
  });

  it("tells a sub-contact whose account it opens", () => {
    const email = invite({
      facility: { ...facility, name: "Harbor Point Storage" },
      recipientName: "Tom Whitaker",
      accountHolderName: "Eleanor Whitaker",
    });
    expect(email.subject).toBe("You're invited to Eleanor Whitaker's account at Harbor Point Storage");
    expect(email.textBody).toContain("Hi Tom,");
    expect(email.textBody).toContain(
      "Harbor Point Storage has invited you to Eleanor Whitaker's account in its customer portal",
    );
    expect(email.htmlBody).toContain("Eleanor Whitaker&#39;s account at Harbor Point Storage</h1>");
    expect(email.htmlBody).toContain("Harbor Point Storage invited you to Eleanor Whitaker&#39;s account.");
    // The customer's own invite names no account holder.
    expect(invite().textBody).not.toContain("'s account");
  });

  it("keeps the account holder's name on one line and escaped", () => {
    const email = invite({ accountHolderName: "<b>Eve</b>\r\nBcc: x@evil.test" });
    expect(email.subject).toBe("You're invited to <b>Eve</b> Bcc: x@evil.test's account at Harbor Storage");
    expect(email.htmlBody).not.toContain("<b>Eve");
  });

  it("puts the brand colour on the button", () => {
    const html = invite().htmlBody;
    expect(html).toMatch(/bgcolor="#0b7285" style="border-radius:8px;background-color:#0b7285;"/);
    expect(html).toMatch(/color:#ffffff;text-decoration:none;[^>]*>Sign in to the portal/);
  });

  it("leaves out what the facility did not set", () => {
    const email = invite({
      facility: { ...facility, logoUrl: null, replyToEmail: null, welcomeMessage: "  " },
      onboardingSteps: [],
      recipientName: null,
    });
    expect(email.textBody).not.toContain("will ask you to");
    expect(email.textBody).not.toContain("A message from");
    expect(email.textBody).not.toContain("Questions?");
    expect(email.textBody.startsWith("Hello,")).toBe(true);
    expect(email.htmlBody).not.toContain("<img");
    expect(email.htmlBody).toContain(">Harbor Storage</span>");
  });

  it("escapes every interpolated value", () => {
    const hostile: FacilityBranding = {
      name: `<script>alert("name")</script> & Co`,
      brandColor: "red;background:url(https://evil.test/x)",
      logoUrl: "javascript:alert(1)",
      replyToEmail: `"><script>alert(2)</script>@x.test`,
      welcomeMessage: `<img src=x onerror="alert(3)">\nbye`,
    };
    const email = invite({
      facility: hostile,
      recipientName: "<b>Jane</b>",
      signInUrl: `https://portal.example.com/portal/link/a"b<c>&d`,
      code: "<i>1</i>",
      onboardingSteps: ["<u>step</u>"],
    });
    expect(email.htmlBody).not.toMatch(/<script|<img src=x|<b>Jane|<u>step|<i>1|javascript:|evil\.test/);
    expect(email.htmlBody).toContain("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co");
    expect(email.htmlBody).toContain("&lt;img src=x onerror=&quot;alert(3)&quot;&gt;<br>bye");
    expect(email.htmlBody).toContain('href="https://portal.example.com/portal/link/a&quot;b&lt;c&gt;&amp;d"');
    expect(email.htmlBody).toContain("background-color:#1c7ed6");
    // Header values stay on one line.
    const multiline = invite({ facility: { ...facility, name: "Harbor\r\nBcc: x@evil.test" } });
    expect(multiline.subject).toBe("You're invited to the Harbor Bcc: x@evil.test customer portal");
  });
});

describe("sign-in link email", () => {
  it("names the facility and carries link, code and a short expiry", () => {
    const email = renderSignInLinkEmail({
      facility,
      recipientName: "Alex",
      signInUrl: url,
      code: "99887766",
      codeUrl,
      expiresAt: new Date(now.getTime() + 15 * 60_000),
      now,
    });
    expect(email.subject).toBe("Your sign-in link for Harbor Storage");
    expect(email.textBody).toContain(`Sign in to the portal:\n${url}`);
    expect(email.textBody).toContain(`Or enter this code on the sign-in page: 99887766\n${codeUrl}`);
    // The code page the email names is the facility's: branded on a device that has never seen it.
    expect(email.htmlBody).toContain(`the <a href="${codeUrl}"`);
    expect(email.textBody).toContain("This link expires on Saturday, 21 November 2026 at 09:15 UTC (in 15 minutes).");
    expect(email.htmlBody).toContain("99887766");
    expect(email.htmlBody).toContain("Sign in to Harbor Storage</h1>");
    expect(email.htmlBody).not.toContain("${");
  });
});

describe("layout helpers", () => {
  it("accepts only hex brand colours", () => {
    expect(brandColor("#ABC")).toBe("#ABC");
    expect(brandColor("#12345g")).toBe("#1c7ed6");
    expect(brandColor(null)).toBe("#1c7ed6");
  });

  it("keeps button text readable on pale brands", () => {
    expect(textOn("#1c7ed6")).toBe("#ffffff");
    expect(textOn("#fcc419")).toBe("#111827");
    expect(textOn("#fff")).toBe("#111827");
  });

  it("formats the expiry in UTC", () => {
    expect(describeExpiry(new Date("2026-03-29T01:30:00Z"), new Date("2026-03-28T01:30:00Z"))).toEqual({
      at: "Sunday, 29 March 2026 at 01:30 UTC",
      within: "1 day",
    });
  });

  it("formats the expiry in the facility's zone, with its abbreviation", () => {
    const at = (zone: string) =>
      describeExpiry(new Date("2026-03-29T01:30:00Z"), new Date("2026-03-28T01:30:00Z"), zone).at;
    expect(at("America/Los_Angeles")).toBe("Saturday, 28 March 2026 at 18:30 PDT");
    expect(at("Pacific/Honolulu")).toBe("Saturday, 28 March 2026 at 15:30 HST");
    expect(at("Europe/Paris")).toBe("Sunday, 29 March 2026 at 03:30 GMT+2");
  });
});
