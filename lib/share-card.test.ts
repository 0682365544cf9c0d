import { describe, expect, it } from "vitest";
import { cardTitleLineHeight, cardTitleMaxHeight, cardTitleStyle, storyCardPath, withoutPictographs } from "./share-card";

describe("cardTitleStyle", () => {
  it("sets short titles large and long titles smaller, with more lines", () => {
    const short = cardTitleStyle("AI finds a new antibiotic");
    const long = cardTitleStyle("A".repeat(150));
    const longest = cardTitleStyle("word ".repeat(60));
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.fontSize).toBeGreaterThan(longest.fontSize);
    expect(longest.maxLines).toBeGreaterThan(short.maxLines);
  });

  it("keeps every size's lines within the card's title area", () => {
    for (const length of [1, 40, 41, 70, 110, 160, 200, 1000]) {
      const { fontSize, maxLines } = cardTitleStyle("x".repeat(length));
      expect(maxLines).toBeGreaterThanOrEqual(3);
      expect(fontSize * cardTitleLineHeight * maxLines).toBeLessThanOrEqual(cardTitleMaxHeight);
    }
  });

  it("counts CJK characters as wide", () => {
    expect(cardTitleStyle("人工知能".repeat(10)).fontSize).toBeLessThan(cardTitleStyle("abcd".repeat(10)).fontSize);
  });
});

describe("withoutPictographs", () => {
  it("drops emoji, flags and their joiners but keeps text in any script", () => {
    expect(withoutPictographs("AI 🚀 helps 👩‍⚕️ doctors 🇰🇪 in Kenya")).toBe("AI helps doctors in Kenya");
    expect(withoutPictographs("Ünïcödé, Ελληνικά, العربية, 日本語 #1")).toBe("Ünïcödé, Ελληνικά, العربية, 日本語 #1");
  });
});

describe("storyCardPath", () => {
  it("is the opengraph-image route beside the story page", () => {
    expect(storyCardPath("a-story")).toBe("/stories/a-story/opengraph-image");
  });
});
