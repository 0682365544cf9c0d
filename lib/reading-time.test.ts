import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, readingMinutesFor, readingSeconds } from "./reading-time";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("reading time (Ghost's formula)", () => {
  it("reads 275 words a minute", () => {
    expect(readingMinutes(words(275))).toBe(1);
    expect(readingMinutes(words(550))).toBe(2);
    expect(readingMinutes(words(1375))).toBe(5);
  });

  it("rounds to the nearest minute and never says less than 1", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Hello")).toBe(1);
    expect(readingMinutes(words(412))).toBe(1); // 1.498 min
    expect(readingMinutes(words(413))).toBe(2); // 1.502 min
  });

  it("adds 12 s for the first image, 11 s for the second, never under 3 s", () => {
    expect(readingSeconds(0, 1)).toBe(12);
    expect(readingSeconds(0, 2)).toBe(23);
    // 12+11+…+3 = 75 for ten images, then 3 s each.
    expect(readingSeconds(0, 10)).toBe(75);
    expect(readingSeconds(0, 12)).toBe(81);
    expect(readingMinutesFor(0, 12)).toBe(1);
    // 550 words = 120 s; plus 12 images = 201 s → 3.35 → 3 min.
    expect(readingMinutesFor(550, 12)).toBe(3);
  });

  it("counts Markdown images and HTML <img> tags, not their syntax as words", () => {
    const md = `${words(275)}\n\n![A chart](/a.png)\n\n<img src="/b.png" alt="b">\n\n![c](/c.png)`;
    // 275 words (60 s) + 12 + 11 + 10 = 93 s → 2 min; the alt text "A chart" adds no time.
    expect(readingMinutes(md)).toBe(2);
  });

  it("counts words, not Markdown punctuation or HTML tags", () => {
    expect(countWords("**Bold** and _italic_, it's fine — really")).toBe(6);
    expect(countWords("<p>Hello <b>there</b></p>")).toBe(2);
    expect(countWords("Ünïcödé wörds zählen")).toBe(3);
  });
});
