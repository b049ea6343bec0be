/*
 * "Did you mean": folding (case, diacritics), edit distance and ranking of
 * candidate names (samnet/suggest.h).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/suggest.h"

/* U+00C0..U+00FF folded; "" keeps the character (the multiplication and division signs). */
static const char *const latin1_fold[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
};

/* U+0100..U+017F (Latin Extended-A) folded to one base letter each. */
static const char latin_ext_a_fold[] =
	"aaaaaacccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
	"nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* The fold of the character at s (1 or 2 bytes, *len set); NULL: keep it as it is. */
static const char *fold_char(const unsigned char *s, size_t *len, char *one)
{
	*len = 1;
	if (s[0] < 0x80) {
		one[0] = (char)(s[0] >= 'A' && s[0] <= 'Z' ? s[0] - 'A' + 'a' : s[0]);
		one[1] = '\0';
		return one;
	}
	if ((s[0] & 0xe0) != 0xc0 || (s[1] & 0xc0) != 0x80)
		return NULL;
	unsigned cp = ((unsigned)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
	*len = 2;
	if (cp >= 0xc0 && cp <= 0xff && latin1_fold[cp - 0xc0][0])
		return latin1_fold[cp - 0xc0];
	if (cp >= 0x100 && cp <= 0x17f) {
		one[0] = latin_ext_a_fold[cp - 0x100];
		one[1] = '\0';
		return one;
	}
	return NULL;
}

char *sn_text_fold(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char *out, one[2];
	size_t n = 0;

	/* A fold is never longer than twice the input ("æ" is 2 bytes and folds to 2). */
	if (!s || !(out = malloc(2 * strlen(s) + 1)))
		return NULL;
	while (*p) {
		size_t len;
		const char *f = fold_char(p, &len, one);
		if (f) {
			size_t k = strlen(f);
			memcpy(out + n, f, k);
			n += k;
		} else {
			memcpy(out + n, p, len);
			n += len;
		}
		p += len;
	}
	out[n] = '\0';
	return out;
}

size_t sn_edit_distance(const char *a, const char *b, size_t cap)
{
	size_t la = strlen(a), lb = strlen(b), *rows, result;

	if ((la > lb ? la - lb : lb - la) > cap)
		return cap + 1;
	/* Three rows of the (la + 1) x (lb + 1) table: i - 2, i - 1 and i. */
	if (!(rows = malloc(3 * (lb + 1) * sizeof *rows)))
		return SIZE_MAX;
	size_t *older = rows, *prev = rows + lb + 1, *cur = rows + 2 * (lb + 1);
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t best = cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t ins = cur[j - 1] + 1, del = prev[j] + 1;
			size_t d = sub < ins ? (sub < del ? sub : del) : (ins < del ? ins : del);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    older[j - 2] + 1 < d)
				d = older[j - 2] + 1;   /* a transposition of neighbours */
			cur[j] = d;
			best = d < best ? d : best;
		}
		if (best > cap) {
			free(rows);
			return cap + 1;
		}
		size_t *t = older;
		older = prev;
		prev = cur;
		cur = t;
	}
	result = prev[lb] > cap ? cap + 1 : prev[lb];
	free(rows);
	return result;
}

/* True when folded `query` (3 or more bytes) starts a word of folded `name`. */
static int starts_word(const char *name, const char *query)
{
	size_t q = strlen(query);

	if (q < 3)
		return 0;
	for (const char *p = name; *p; p++)
		if ((p == name || strchr(" -_.:/(", p[-1])) && strncmp(p, query, q) == 0)
			return 1;
	return 0;
}

/* Score of one candidate: 0 equal, 1 word prefix, 2 + distance; SIZE_MAX no match. */
static size_t score(const char *query, const char *name)
{
	char *fq = sn_text_fold(query), *fn = sn_text_fold(name);
	size_t cap = strlen(fq ? fq : "") / 3, s = SIZE_MAX;

	cap = cap < 1 ? 1 : cap;
	if (fq && fn) {
		if (strcmp(fq, fn) == 0)
			s = 0;
		else if (starts_word(fn, fq) || starts_word(fq, fn))
			s = 1;
		else {
			size_t d = sn_edit_distance(fq, fn, cap);
			s = d <= cap ? 2 + d : SIZE_MAX;
		}
	}
	free(fq);
	free(fn);
	return s;
}

size_t sn_suggest(size_t *out, size_t max, const char *query, sn_suggest_name_fn name,
		  const void *arg, size_t n)
{
	size_t *scores, count = 0;

	if (!query || max == 0 || n == 0 || !(scores = malloc(n * sizeof *scores)))
		return 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = name(arg, i);
		scores[i] = s ? score(query, s) : SIZE_MAX;
	}
	/* Selection by rising score keeps candidate order among equals. */
	for (size_t level = 0; count < max; level++) {
		size_t next = SIZE_MAX;
		for (size_t i = 0; i < n && count < max; i++) {
			if (scores[i] > level) {
				next = scores[i] < next ? scores[i] : next;
				continue;
			}
			if (scores[i] < level)
				continue;
			int dup = 0;
			for (size_t k = 0; k < count && !dup; k++)
				dup = strcmp(name(arg, out[k]), name(arg, i)) == 0;
			if (!dup)
				out[count++] = i;
		}
		if (next == SIZE_MAX)
			break;
		level = next - 1;
	}
	free(scores);
	return count;
}

static const char *string_at(const void *arg, size_t i)
{
	return ((const char *const *)arg)[i];
}

size_t sn_suggest_strings(size_t *out, size_t max, const char *query, const char *const *names)
{
	size_t n = 0;

	while (names[n])
		n++;
	return sn_suggest(out, max, query, string_at, names, n);
}

char *sn_suggest_phrase(char *buf, size_t size, const char *const *names, size_t n)
{
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && used < size; i++) {
		int k = snprintf(buf + used, size - used, "%s'%s'%s", i == 0 ? "; did you mean " :
				 i + 1 == n ? " or " : ", ", names[i], i + 1 == n ? "?" : "");
		if (k < 0)
			break;
		used += (size_t)k;
	}
	return buf;
}
