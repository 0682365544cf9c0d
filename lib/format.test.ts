import { describe, expect, it } from "vitest";
import { excerpt, formatFullDate, formatReadingTime, formatShortDate } from "./format";

describe("formatting", () => {
  it("writes the full date as on the story page", () => {
    expect(formatFullDate(new Date("2026-04-09T15:00:00Z"))).toBe("Thursday, April 9, 2026");
    expect(formatShortDate(new Date("2026-04-09T15:00:00Z"))).toBe("Apr 9, 2026");
  });

  it("says N min read, at least 1", () => {
    expect(formatReadingTime(4)).toBe("4 min read");
    expect(formatReadingTime(0)).toBe("1 min read");
  });

  it("cuts excerpts at a word boundary", () => {
    const text = "Anthropic limited the public release of its new model after finding it could identify exploits.";
    const cut = excerpt(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith("…")).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(excerpt("Short one.", 40)).toBe("Short one.");
  });
});
