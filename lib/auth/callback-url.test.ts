import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/tags/health", "/tags/health"],
    ["/stories/x?ref=mail#top", "/stories/x?ref=mail#top"],
    ["http://localhost:3000/settings", "/settings"],
  ])("keeps the on-site path %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "http://localhost.evil.example/",
    "",
    "x".repeat(3000),
  ])("refuses %s", (input) => {
    expect(safeCallbackPath(input)).toBe("/");
  });

  it("refuses non-strings", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/a"])).toBe("/");
  });
});
