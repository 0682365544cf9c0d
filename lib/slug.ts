// Slugs from titles, for the admin desk. Safe to import on the client.

const MAX_SLUG = 80;

/** "Cheaper Insulin, Faster!" → "cheaper-insulin-faster". Accents are folded, everything else becomes a hyphen. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug;
  // Cut at a word boundary where there is one.
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}
