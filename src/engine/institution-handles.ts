/**
 * Whether an @handle no entity list knows is an institution's or a newsroom's account (whose
 * mention is a report or a complaint) rather than a person's (a weak target: `targets.ts`). The
 * words are rule data: `institution_handles` in `rules/language.yml`, where `word` is a word,
 * `word-` a word that opens an account's name, `-word` one that closes it and `+word` an
 * ending.
 *
 * A handle is read in its parts, never searched for a word inside: letters run together in
 * personal handles ("tv" in @steven_tvl, "info" in @rinfoto, "antara" in @nusantara) as often
 * as in newsroom ones. Parts are cut where the writer cut them: underscores, dots, digits, and
 * capitals (@KPU_RI, @HumasPemkotBdg, @tvOneNews). A part that is a listed word marks an
 * institution. A part with words run together (@kompascom, @tempodotco, @pemkabbogor) is read
 * as a listed word and more only where a personal name cannot be: the word has four letters or
 * more, and what follows it is made of endings (a domain, the country) and listed words
 * ("tribunnews"); or the word opens an office's or a desk's name ("pemkab", "kemen", "tribun")
 * and what follows names the place, ministry or desk ("bogor", "ag", "medan"), which no list
 * can hold; or the word closes a name with the account's kind ("okezonenews", "divhumaspolri").
 * Shorter words ("tv", "kpu", "tni") and newsroom words that are also ordinary words or names
 * ("tempo", "media", "antara") never stretch over letters that are not listed.
 */

/**
 * Whether a handle as written is an institution's, by the entries of `institution_handles`.
 *
 * Each part, cut at non-letters and camel-case humps (handles are ASCII on every supported
 * site), is tested against one pattern: a listed word, a word that opens a name and any
 * letters, any letters and a word that closes a name; or a word of four letters or more
 * (shorter ones start personal handles: "tvl", "kpuspita") followed by listed words and endings
 * only. A part is never empty and never has "@", so a form the list lacks matches nothing.
 */
export function institutionTest(entries: readonly string[]): (handle: string) => boolean {
  const word = (e: string) => e.replace(/^[-+]|-$/g, '');
  const listed = entries.filter((e) => e[0] !== '+');
  // Entries are letters (`compile-language.ts`), so they go into the pattern as they are. A word
  // listed twice ("info-", "-info") is one alternative: two would double the ways to read each
  // repeat of it, and a long handle would take seconds to refuse.
  const whole = listed.map((e) => e.replace(/^-|-$/, '.*')).join('|');
  const long = listed.map(word).filter((w) => w.length > 3).join('|') || '@';
  const pattern = new RegExp(`^(${whole})$|^(${long})(${[...new Set(entries.map(word))].join('|')})+$`);
  return (handle) => (handle.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []).some((p) => pattern.test(p.toLowerCase()));
}
