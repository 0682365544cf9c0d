import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  ftsPhrase,
  indexSpelling,
  normalizeQuery,
  parseQuery,
  toFtsQuery as toMatch,
} from "./search-query";

/** The query's terms as FTS5 strings, space-separated: what reaches MATCH, less the column filters. */
function toFtsQuery(input: string): string | null {
  const terms = parseQuery(input);
  return terms.length ? terms.map((term) => ftsPhrase(term)).join(" ") : null;
}

describe("parseQuery", () => {
  it("quotes every word so FTS5 sees only strings", () => {
    expect(toFtsQuery("solar grid")).toBe('"solar" "grid"');
  });

  it("keeps quoted phrases and prefixes, the two things readers mean", () => {
    expect(toFtsQuery('"protein folding" robot*')).toBe('"protein folding" "robot"*');
    expect(toFtsQuery('"machine learn"*')).toBe('"machine learn"');
  });

  it("treats FTS5 operators and syntax as plain words", () => {
    expect(toFtsQuery("cats OR dogs NOT fish")).toBe('"cats" "OR" "dogs" "NOT" "fish"');
    expect(toFtsQuery("NEAR(a b, 2)")).toBe('"NEAR" "a" "b" "2"');
    expect(toFtsQuery("ab*cd* ef**")).toBe('"ab cd"* "ef"*');
    expect(toFtsQuery("title:robots ^start (x AND y) -z +w")).toBe('"title" "robots" "start" "x" "AND" "y" "z" "w"');
    expect(toFtsQuery("*")).toBeNull();
    expect(toFtsQuery("** * ***")).toBeNull();
  });

  it("ignores unbalanced quotes", () => {
    expect(toFtsQuery('"open ended')).toBe('"open" "ended"');
    expect(toFtsQuery('a "b c" d"')).toBe('"b c" "a" "d"');
    expect(toFtsQuery('"""')).toBeNull();
  });

  it("keeps hyphenated and dotted words together as a phrase", () => {
    expect(toFtsQuery("GPT-4 e.coli it's")).toBe('"GPT 4" "e coli" "it s"');
  });

  it("drops control characters, NUL included", () => {
    expect(toFtsQuery("sol\u0000ar\u0007 grid")).toBe('"sol" "ar" "grid"');
    expect(normalizeQuery("\u0000\u0001  ")).toBe("");
  });

  it("keeps letters and digits of any script", () => {
    expect(toFtsQuery("café 東京 ١٢٣")).toBe('"café" "東京" "١٢٣"');
  });

  it("allows at most three prefixes of two or more characters; others are whole words", () => {
    expect(toFtsQuery("a* ab* abc*")).toBe('"a" "ab"* "abc"*');
    expect(toFtsQuery("ab* cd* ef* gh*")).toBe('"ab"* "cd"* "ef"* "gh"');
  });

  it("never cuts a character in half", () => {
    const cut = normalizeQuery("a" + "😀".repeat(250));
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(() => encodeURIComponent(cut)).not.toThrow();
    expect(() => encodeURIComponent(normalizeQuery("robot " + "x".repeat(193) + "😀"))).not.toThrow();
  });

  it("bounds very long queries in length and terms", () => {
    expect(normalizeQuery("x".repeat(3000)).length).toBe(MAX_QUERY_LENGTH);
    const many = Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ");
    expect(toFtsQuery(many)?.split(" ").length).toBe(MAX_TERMS);
  });

  it("is null when there is nothing to search for", () => {
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery("   ")).toBeNull();
    expect(toFtsQuery("!@#$%^&()")).toBeNull();
  });
});

describe("toFtsQuery", () => {
  it("looks for every term in the text columns, or among the story's tags when a tag's name matched it", () => {
    expect(toMatch(parseQuery('"coral reef" ocean ro*'), [[], [12, 40], []])).toBe(
      '({title tldr takeaways body} : "coral reef") AND ({title tldr takeaways body} : "ocean" OR tags : ("tag12" OR "tag40")) AND ({title tldr takeaways body} : "ro"*)',
    );
    expect(toMatch([])).toBeNull();
  });
});

describe("prefix completions", () => {
  it("searches each completion of a prefix's last word as a prefix too, and skips anything that is not one token", () => {
    const [term] = parseQuery("every-kray*");
    expect(ftsPhrase(term!, ["krayfield", "krayola"])).toBe('("every kray"* OR "every krayfield"* OR "every krayola"*)');
    expect(ftsPhrase(term!, ['kray" OR x', "kray field", ""])).toBe('"every kray"*');
    const [word] = parseQuery("kray");
    expect(ftsPhrase(word!, ["krayfield"])).toBe('"kray"');
    expect(toMatch(parseQuery("sun kray*"), [], [[], ["krayola"]])).toBe(
      '({title tldr takeaways body} : "sun") AND ({title tldr takeaways body} : ("kray"* OR "krayola"*))',
    );
  });

  it("spells a word as the index does: lower case, diacritics folded", () => {
    expect(indexSpelling("KRÁY")).toBe("kray");
    expect(indexSpelling("Çafé")).toBe("cafe");
    expect(indexSpelling("東京")).toBe("東京");
  });
});
