/*
 * Quotas and decision rules: "65%", ">50%", "12",
 * "members>=11 and population>=65%".
 *
 * Shares are handled exactly: "65.5%" is the fraction 655/1000 and the quota
 * is computed in 128-bit integer arithmetic, so "50%" of an odd total never
 * depends on floating-point rounding.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "samnet/power.h"
#include "models/game_private.h"

typedef struct {
	bool strict;       /* ">" rather than ">=" */
	bool percent;
	int64_t num;       /* the value is num / den */
	int64_t den;
} quota_spec_t;

static size_t skip_blanks(const char *s, size_t p)
{
	while (s[p] == ' ' || s[p] == '\t')
		p++;
	return p;
}

/*
 * Parses [OP] NUMBER [%] starting at s[*pos]; on success *pos is after it.
 * `what` prefixes error messages.  Positions in messages are 1-based.
 */
static sn_error_t parse_spec(quota_spec_t *spec, const char *s, size_t *pos, bool need_op,
			     const char *what)
{
	size_t p = skip_blanks(s, *pos);
	int decimals = 0;
	bool digits = false;

	spec->strict = false;
	if (s[p] == '>' && s[p + 1] == '=') {
		p += 2;
	} else if (s[p] == '>') {
		spec->strict = true;
		p += 1;
	} else if (need_op) {
		return sn_error_set(SN_EINVAL, "%s: expected '>=' or '>' at position %zu",
				    what, p + 1);
	}
	p = skip_blanks(s, p);
	spec->num = 0;
	spec->den = 1;
	size_t start = p;
	for (; isdigit((unsigned char)s[p]) || s[p] == '.'; p++) {
		if (s[p] == '.') {
			if (decimals > 0 || p == start || !isdigit((unsigned char)s[p + 1]))
				return sn_error_set(SN_EINVAL, "%s: malformed number at position %zu",
						    what, p + 1);
			decimals = 1;
			continue;
		}
		digits = true;
		if (decimals > 9)
			return sn_error_set(SN_EINVAL, "%s: more than 9 decimals at position %zu",
					    what, p + 1);
		if (spec->num > (INT64_MAX - 9) / 10)
			return sn_error_set(SN_EINVAL, "%s: number too large at position %zu",
					    what, start + 1);
		spec->num = spec->num * 10 + (s[p] - '0');
		if (decimals > 0) {
			spec->den *= 10;
			decimals++;
		}
	}
	if (!digits && s[p] == '-')
		return sn_error_set(SN_EINVAL, "%s: a negative number at position %zu (quotas and "
				    "shares are at least 0)", what, p + 1);
	if (!digits)
		return sn_error_set(SN_EINVAL, "%s: expected a number at position %zu", what, p + 1);
	p = skip_blanks(s, p);
	spec->percent = s[p] == '%';
	if (spec->percent) {
		p++;
		spec->den *= 100;
		if (spec->num > spec->den)
			return sn_error_set(SN_EINVAL, "%s: share above 100%% at position %zu",
					    what, start + 1);
	}
	*pos = p;
	return SN_OK;
}

/* The smallest integer quota meeting `spec` against `total`. */
static sn_error_t spec_quota(int64_t *out, const quota_spec_t *spec, int64_t total,
			     const char *what)
{
	__int128 num = spec->num, den = spec->den, q;

	if (spec->percent)
		num *= total;
	/* value = num / den; ">=" needs ceil(value), ">" needs floor(value) + 1. */
	if (spec->strict)
		q = num / den + 1;
	else
		q = (num + den - 1) / den;
	if (q < 1)
		return sn_error_set(SN_EINVAL, "%s: the quota must be at least 1 (a coalition "
				    "of weight 0 would win)", what);
	if (q > total)
		return sn_error_set(SN_EINVAL, "%s: quota %lld exceeds the total weight %lld",
				    what, (long long)(q > INT64_MAX ? INT64_MAX : (int64_t)q),
				    (long long)total);
	*out = (int64_t)q;
	return SN_OK;
}

sn_error_t sn_quota_parse(int64_t *out, const char *text, int64_t total)
{
	quota_spec_t spec;
	size_t p = 0;
	sn_error_t err = parse_spec(&spec, text, &p, false, "quota");

	if (err != SN_OK)
		return err;
	p = skip_blanks(text, p);
	if (text[p] != '\0')
		return sn_error_set(SN_EINVAL, "quota: unexpected '%c' at position %zu",
				    text[p], p + 1);
	return spec_quota(out, &spec, total, "quota");
}

static bool is_name_char(char c, bool first)
{
	return isalpha((unsigned char)c) || c == '_' ||
	       (!first && (isdigit((unsigned char)c) || c == '-' || c == '.'));
}

/* Writes "members, population, ..." into buf. */
static void known_names(char *buf, size_t size, const sn_weight_vector_t *v, size_t nv)
{
	size_t len = 0;
	bool has_members = false;

	buf[0] = '\0';
	for (size_t k = 0; k < nv; k++)
		if (strcmp(v[k].name, "members") == 0)
			has_members = true;
	if (!has_members)
		len += (size_t)snprintf(buf, size, "members");
	for (size_t k = 0; k < nv && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ", " : "", v[k].name);
}

/* Finds the weights for `name`; *counting is set for the built-in one-vote-per-player. */
static const int64_t *find_vector(const char *name, const sn_weight_vector_t *v, size_t nv,
				  bool *counting)
{
	*counting = false;
	for (size_t k = 0; k < nv; k++)
		if (strcmp(v[k].name, name) == 0)
			return v[k].weights;
	if (strcmp(name, "members") == 0 || strcmp(name, "count") == 0)
		*counting = true;
	return NULL;
}

/* Parses one criterion at s[*pos] and adds it to g. */
static sn_error_t parse_criterion(sn_game_t *g, const char *s, size_t *pos,
				  const sn_weight_vector_t *v, size_t nv, int64_t *ones)
{
	size_t p = skip_blanks(s, *pos), start = p;
	char name[128], known[512], what[160];
	quota_spec_t spec;
	const int64_t *w;
	bool counting;
	int64_t quota;
	sn_error_t err;

	while (is_name_char(s[p], p == start))
		p++;
	if (p == start)
		return sn_error_set(SN_EINVAL, "rule: expected a weight name at position %zu",
				    start + 1);
	if (p - start >= sizeof name)
		return sn_error_set(SN_EINVAL, "rule: name too long at position %zu", start + 1);
	memcpy(name, s + start, p - start);
	name[p - start] = '\0';
	w = find_vector(name, v, nv, &counting);
	if (w == NULL && !counting) {
		known_names(known, sizeof known, v, nv);
		return sn_error_set(SN_EINVAL, "rule: unknown weight '%s' at position %zu; known: %s",
				    name, start + 1, known);
	}
	if (w == NULL)
		w = ones;
	for (size_t c = 0; c < g->ncrit; c++)
		if (strcmp(g->crit[c].name, name) == 0)
			return sn_error_set(SN_EINVAL, "rule: '%s' appears twice (position %zu)",
					    name, start + 1);
	err = parse_spec(&spec, s, &p, true, "rule");
	if (err != SN_OK)
		return err;
	int64_t total = 0;
	for (size_t i = 0; i < g->n; i++) {
		if (w[i] < 0 || w[i] > INT64_MAX - total)
			return sn_error_set(SN_EINVAL, "rule: weights of '%s' are negative or "
					    "overflow 64-bit integers", name);
		total += w[i];
	}
	snprintf(what, sizeof what, "rule: %s at position %zu", name, start + 1);
	err = spec_quota(&quota, &spec, total, what);
	if (err != SN_OK)
		return err;
	err = sn_game_add_criterion(g, name, w, quota);
	if (err != SN_OK)
		return err;
	*pos = p;
	return SN_OK;
}

sn_error_t sn_game_from_rule(sn_game_t **out, const char *rule, size_t nplayers,
			     const sn_weight_vector_t *vectors, size_t nvectors)
{
	sn_game_t *g = NULL;
	int64_t *ones = NULL;
	size_t p = 0;
	sn_error_t err;

	*out = NULL;
	if (rule == NULL || rule[skip_blanks(rule, 0)] == '\0')
		return sn_error_set(SN_EINVAL, "rule: empty rule");
	err = sn_game_new(&g, nplayers);
	if (err != SN_OK)
		return err;
	ones = malloc(nplayers * sizeof *ones);
	if (ones == NULL) {
		err = sn_error_set(SN_ENOMEM, "rule: out of memory");
		goto done;
	}
	for (size_t i = 0; i < nplayers; i++)
		ones[i] = 1;
	for (;;) {
		err = parse_criterion(g, rule, &p, vectors, nvectors, ones);
		if (err != SN_OK)
			goto done;
		p = skip_blanks(rule, p);
		if (rule[p] == '\0')
			break;
		if (strncasecmp(rule + p, "or", 2) == 0 && !is_name_char(rule[p + 2], false)) {
			err = sn_error_set(SN_EINVAL, "rule: 'or' at position %zu: every condition of "
					   "a rule must hold, so they are joined with 'and'", p + 1);
			goto done;
		}
		if (strncasecmp(rule + p, "and", 3) != 0 ||
		    (rule[p + 3] != ' ' && rule[p + 3] != '\t' && rule[p + 3] != '\0')) {
			err = sn_error_set(SN_EINVAL, "rule: expected 'and' or the end at position %zu",
					   p + 1);
			goto done;
		}
		if (rule[skip_blanks(rule, p + 3)] == '\0') {
			err = sn_error_set(SN_EINVAL, "rule: 'and' at position %zu is not followed by "
					   "a condition such as population>=65%%", p + 1);
			goto done;
		}
		p += 3;
	}
	*out = g;
	g = NULL;
done:
	free(ones);
	sn_game_free(g);
	return err;
}
