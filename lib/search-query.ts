// Turns what a reader typed into a safe FTS5 MATCH expression. Readers get the
// two things they mean: "quoted phrases" and prefixes like robot*. Everything
// else (AND/OR/NOT/NEAR, parentheses, column filters, stray or unbalanced
// quotes, control characters) is treated as plain words: every term is emitted
// as a double-quoted FTS5 string of letters and digits only, so no input can
// form FTS5 syntax, and a malformed query can never reach SQLite as one.

/** Longer input is cut here: no reader's query is this long, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;
/** Terms past this many are dropped: each adds a posting-list scan. */
export const MAX_TERMS = 12;
/**
 * Prefixes are the costly terms: one merges the postings of every word that
 * starts with it. The index keeps prefixes of 2 and 3 characters ready
 * (migration 0007), so a prefix needs at least 2; past this many in one query,
 * further ones are read as whole words.
 */
export const MIN_PREFIX_LENGTH = 2;
export const MAX_PREFIXES = 3;

// Letters, marks and digits in any script: the characters FTS5's unicode61
// tokenizer keeps inside a token (everything else separates tokens).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PHRASE = /"([^"]*)"/g;

/** Around matched words in search snippets: private-use characters, which story text does not use. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type SearchTerm = { words: string[]; prefix: boolean };

/** The reader's input, trimmed, single-spaced, free of control characters and capped in length. */
export function normalizeQuery(input: string): string {
  const text = input
    .replace(/[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Cut by code point: slicing UTF-16 units could split an emoji and leave a
  // lone surrogate, which encodeURIComponent (the pager's links) refuses.
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/** Splits a normalised query into terms: quoted phrases, then words (a word ending in * is a prefix). */
export function parseQuery(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let prefixes = 0;
  const rest = normalizeQuery(input).replace(PHRASE, (_, phrase: string) => {
    const words = phrase.match(WORD);
    if (words) terms.push({ words, prefix: false });
    return " ";
  });
  // What is left has no balanced quotes; a stray one is just a separator.
  // Only in-word punctuation (GPT-4, e.coli, it's, TCP/IP) joins words into one
  // term that must match as written; anything else (colons, brackets, commas,
  // operators) separates terms. A trailing * makes the last word a prefix.
  for (const chunk of rest.split(/[^\p{L}\p{M}\p{N}\-.'’/*]+/u)) {
    const words = chunk.match(WORD);
    if (!words) continue;
    const last = words.at(-1)!;
    const prefix = /\*$/.test(chunk) && Array.from(last).length >= MIN_PREFIX_LENGTH && prefixes < MAX_PREFIXES;
    if (prefix) prefixes++;
    terms.push({ words, prefix });
  }
  return terms.slice(0, MAX_TERMS);
}

/**
 * How the index spells a word: lower case, diacritics folded (as the unicode61
 * tokenizer with remove_diacritics 2 does). Used to look a prefix up among the
 * indexed terms.
 */
export function indexSpelling(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Prefixes shorter than this are never stemmed by FTS5's porter tokenizer, so need no completions. */
export const MIN_STEMMED_LENGTH = 3;

/**
 * One term as an FTS5 string: its words quoted (they hold no quote), `*` after
 * a prefix. `completions` are indexed terms that start with a prefix term's
 * last word (see completionsFor in db/queries/search.ts): the porter tokenizer
 * stems a prefix as if it were a whole word, so "play*" would look for terms
 * starting with "plai" and miss "player"; each completion brings one back.
 */
export function ftsPhrase(term: SearchTerm, completions: readonly string[] = []): string {
  if (!term.prefix) return `"${term.words.join(" ")}"`;
  const head = term.words.slice(0, -1);
  const forms = [`"${term.words.join(" ")}"*`];
  for (const word of completions) {
    // Indexed terms are single tokens of letters and digits; anything else is not one, so is skipped.
    if (/^[\p{L}\p{M}\p{N}]+$/u.test(word)) forms.push(`"${[...head, word].join(" ")}"*`);
  }
  return forms.length === 1 ? forms[0]! : `(${forms.join(" OR ")})`;
}

/**
 * The FTS5 MATCH expression for story_search: every term must appear in the
 * title, TL;DR, takeaways or body, or be the name of one of the story's tags
 * (`tagIds[i]` are the tags whose names match term i; the tags column holds
 * "tag<id>" tokens, see migration 0007). `completions[i]` are term i's prefix
 * completions (see ftsPhrase). Null when there is nothing to search.
 */
export function toFtsQuery(
  terms: SearchTerm[],
  tagIds: readonly number[][] = [],
  completions: readonly string[][] = [],
): string | null {
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => {
      const text = `{title tldr takeaways body} : ${ftsPhrase(term, completions[i])}`;
      const ids = tagIds[i] ?? [];
      return ids.length ? `(${text} OR tags : (${ids.map((id) => `"tag${id}"`).join(" OR ")}))` : `(${text})`;
    })
    .join(" AND ");
}
