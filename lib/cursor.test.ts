import { describe, expect, it } from "vitest";
import { decodeCanonicalCursor, decodeCursor, encodeCursor, firstParam } from "./cursor";

describe("keyset cursors", () => {
  it("round-trips a position", () => {
    const cursor = { at: new Date("2026-04-09T12:34:56.789Z"), id: 4242 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["not a cursor", "hello"],
    ["negative id", "abc--1"],
    ["zero id", "abc-0"],
    ["upper case", "ABC-1"],
    ["huge", "a".repeat(5000)],
    ["too far in the future", "zzzzzzzzzzz-1"],
    ["sql-ish", "1-1' OR 1=1 --"],
    ["NUL byte", "abc-1\u0000"],
    ["an array", ["abc-1"]],
    ["a number", 42],
  ])("rejects a %s cursor", (_name, value) => {
    expect(decodeCursor(value)).toBeNull();
  });

  it("knows a cursor's one canonical spelling", () => {
    const cursor = { at: new Date("2026-04-09T12:34:56.789Z"), id: 4242 };
    const written = encodeCursor(cursor);
    expect(decodeCanonicalCursor(written)).toEqual(cursor);
    // Leading zeros decode to the same position, but are not how it is written.
    const [at, id] = written.split("-");
    expect(decodeCursor(`0${at}-${id}`)).toEqual(cursor);
    expect(decodeCanonicalCursor(`0${at}-${id}`)).toBeNull();
    expect(decodeCanonicalCursor(`${at}-00${id}`)).toBeNull();
    expect(decodeCanonicalCursor("hello")).toBeNull();
  });

  it("takes the first of repeated query parameters", () => {
    expect(firstParam(["a", "b"])).toBe("a");
    expect(firstParam("a")).toBe("a");
    expect(firstParam(undefined)).toBeUndefined();
  });
});
