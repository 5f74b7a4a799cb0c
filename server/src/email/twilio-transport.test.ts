import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeTwilio, startFakeTwilio } from "../../test/fake-twilio.js";
import { TwilioTransport } from "./twilio-transport.js";

const accountSid = "AC00000000000000000000000000000001";
const authToken = "twilio-test-token";
let fake: FakeTwilio;

beforeAll(async () => {
  fake = await startFakeTwilio({ accountSid, authToken });
});
afterAll(() => fake.close());

describe("Twilio transport (official client against a fake Twilio)", () => {
  it("sends a text and reads back its SID and status", async () => {
    fake.reset();
    const transport = new TwilioTransport({ accountSid, authToken, fromNumber: "+15005550006", apiUrl: fake.url });
    const [result] = await transport.send([
      { outboxId: 7, to: "+12075550148", body: "Hello", statusCallback: "http://portico.test/webhooks/twilio/status" },
    ]);
    expect(result).toMatchObject({ outboxId: 7, ok: true, status: "QUEUED" });
    expect(fake.messages).toEqual([
      expect.objectContaining({
        to: "+12075550148",
        from: "+15005550006",
        body: "Hello",
        statusCallback: "http://portico.test/webhooks/twilio/status",
      }),
    ]);
  });

  it("reports an invalid number as permanent and an outage as transient", async () => {
    fake.reset();
    const transport = new TwilioTransport({ accountSid, authToken, messagingServiceSid: "MG1", apiUrl: fake.url });
    const [invalid] = await transport.send([{ outboxId: 1, to: "2075550148", body: "Hi" }]);
    expect(invalid).toMatchObject({ ok: false, permanent: true, errorCode: 21211 });
    fake.failNextCalls(1, 503);
    const [outage] = await transport.send([{ outboxId: 2, to: "+12075550148", body: "Hi" }]);
    expect(outage).toMatchObject({ ok: false, permanent: false });
  });

  it("is refused with the wrong token", async () => {
    const transport = new TwilioTransport({
      accountSid,
      authToken: "wrong",
      fromNumber: "+15005550006",
      apiUrl: fake.url,
    });
    const [result] = await transport.send([{ outboxId: 3, to: "+12075550148", body: "Hi" }]);
    expect(result).toMatchObject({ ok: false, errorCode: 20003 });
  });
});
