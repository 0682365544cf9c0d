import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/secret", () => ({ getAuthSecret: async () => "unit-test-secret-0123456789abcdef0123" }));
const { signSubscriberToken, verifySubscriberToken } = await import("./tokens");

const ada = { id: "0b8f7c1e-2f33-4c5e-9a57-3c1d2e4f5a6b", email: "ada@example.org" };

describe("newsletter tokens", () => {
  it("verify for the same purpose, subscriber and address", async () => {
    expect(await verifySubscriberToken("manage", await signSubscriberToken("manage", ada))).toEqual(ada);
    expect(await verifySubscriberToken("confirm", await signSubscriberToken("confirm", ada))).toEqual(ada);
  });

  it("refuse another purpose", async () => {
    expect(await verifySubscriberToken("manage", await signSubscriberToken("confirm", ada))).toBeNull();
    expect(await verifySubscriberToken("confirm", await signSubscriberToken("manage", ada))).toBeNull();
  });

  it("refuse forged and altered tokens", async () => {
    const token = await signSubscriberToken("manage", ada);
    const [payload, mac] = token.split(".");
    const otherPayload = Buffer.from(`manage|${ada.id}|eve@example.org|0`).toString("base64url");
    for (const forged of [
      `${otherPayload}.${mac}`,
      `${payload}.${mac!.slice(0, -2)}AA`,
      `${payload}.`,
      payload!,
      "",
      "x".repeat(5000),
      `${payload}.${mac}.extra`,
    ]) {
      expect(await verifySubscriberToken("manage", forged), forged.slice(0, 40)).toBeNull();
    }
    expect(await verifySubscriberToken("manage", undefined)).toBeNull();
  });

  it("expire confirmation links after a week, never unsubscribe links", async () => {
    const then = Date.UTC(2026, 0, 1);
    const confirm = await signSubscriberToken("confirm", ada, then);
    expect(await verifySubscriberToken("confirm", confirm, then + 6 * 86_400_000)).toEqual(ada);
    expect(await verifySubscriberToken("confirm", confirm, then + 8 * 86_400_000)).toBeNull();
    expect(await verifySubscriberToken("manage", await signSubscriberToken("manage", ada, then), then + 3650 * 86_400_000)).toEqual(ada);
  });
});
