/*
 * samnet/suggest.h: "did you mean": the closest names to a mistyped one.
 *
 * Names are compared folded: ASCII letters in lower case and the Latin
 * letters with diacritics of U+00C0..U+017F reduced to their base letters
 * (å, ä -> a; ö, ø -> o; é -> e; æ -> ae; ß -> ss), so that "malmo" finds
 * "Malmö stad".  A candidate matches a query when their folded forms are
 * equal, when one starts a word of the other (at least 3 characters), or
 * when their edit distance (optimal string alignment: Levenshtein 1966
 * with Damerau's 1964 transpositions, on folded bytes) is at most
 * max(1, length of the query / 3).
 *
 * Lifetime: no state; returned strings from sn_text_fold() are the caller's.
 */
#ifndef SAMNET_SUGGEST_H
#define SAMNET_SUGGEST_H

#include <stddef.h>

#include "samnet/dataset.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The folded form of UTF-8 text `s` (see above); other bytes are kept as
 * they are.  Returns a new string (the caller frees), or NULL when out of
 * memory or `s` is NULL.  O(length).
 */
char *sn_text_fold(const char *s);

/*
 * Edit distance between `a` and `b` (bytes, unfolded): insertions,
 * deletions, substitutions of one byte and transpositions of two
 * neighbouring bytes each cost 1 (optimal string alignment: no substring
 * is edited twice, so "ca" -> "abc" is 3).  Distances above
 * `cap` are reported as cap + 1 (early exit).  Returns SIZE_MAX when out of
 * memory.  O(|a| |b|) time, O(|b|) memory.
 */
size_t sn_edit_distance(const char *a, const char *b, size_t cap);

/* The i-th candidate name of a caller's collection (borrowed; NULL: skip it). */
typedef const char *(*sn_suggest_name_fn)(const void *arg, size_t i);

/*
 * The candidates `0..n)` (named through `name`) that match `query`, best
 * first: equal when folded, then word-prefix matches, then by edit
 * distance; ties keep candidate order.  Writes at most `max` candidate
 * indices to out[] and returns how many; a candidate whose name equals an
 * earlier written one is skipped.  Returns 0 when nothing matches or out of
 * memory.  O(n |query| |name|).
 */
size_t sn_suggest(size_t *out, size_t max, const char *query, sn_suggest_name_fn name,
		  const void *arg, size_t n);

/* sn_suggest() over a NULL-terminated array of strings. */
size_t sn_suggest_strings(size_t *out, size_t max, const char *query, const char *const *names);

/*
 * Formats "; did you mean 'a', 'b' or 'c'?" for the names `names[0..n)`
 * into buf (always NUL-terminated; "" when n is 0), for appending to an
 * error message.  Returns buf.
 */
char *sn_suggest_phrase(char *buf, size_t size, const char *const *names, size_t n);

/* ---- lookups in a dataset ------------------------------------------------- */

/* Longest phrase the functions below write, with its NUL. */
#define SN_SUGGEST_PHRASE_MAX 320

/*
 * For an unknown actor reference `query`: "; did you mean 'id' (Name), ...?"
 * naming up to three actors whose id or name matches (sn_suggest()), or ""
 * when none does.  Writes at most `size` bytes to buf and returns it.
 * O(actors * |query| * |name|).
 */
char *sn_dataset_suggest_actor(const sn_dataset_t *ds, const char *query, char *buf,
			       size_t size);

/* The same for an unknown coalition name, among ds->coalitions. */
char *sn_dataset_suggest_coalition(const sn_dataset_t *ds, const char *query, char *buf,
				   size_t size);

/*
 * For an unknown territory code: when `code` is all digits and '0' + code
 * is a code of the tree (a county "1" for "01", a kommun "380" for
 * "0380"), "; '380' looks like municipality code '0380' (Uppsala) without its
 * leading zero, as a spreadsheet drops it when it takes codes for numbers:
 * format the column as text and write '0380'" (the level's name is the
 * tree's, sn_territories_level()); else a did-you-mean phrase
 * over the codes and names of the tree; else "".  Returns buf.
 */
char *sn_territories_suggest_code(const sn_territories_t *t, const char *code, char *buf,
				  size_t size);

/*
 * The actors that `query` names: the actor whose id is `query`; else the
 * actors whose name equals it folded (case and diacritics); else those
 * whose folded name has the folded query as a word prefix ("malmo" finds
 * "Malmö stad").  Writes at most `max` indices into ds->actors to out[] and
 * returns how many matched in all (possibly more than max: ambiguous).
 * O(actors * |name|).
 */
size_t sn_dataset_match_actors(size_t *out, size_t max, const sn_dataset_t *ds,
			       const char *query);

#ifdef __cplusplus
}
#endif
#endif
