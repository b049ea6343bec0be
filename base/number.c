/*
 * Numbers written by people: "1 234 567", "3,5", "-0.25", "1e6".  Thousands
 * separators (space, U+00A0, U+202F) are dropped; a decimal comma becomes a
 * point.  NaN, infinities, hex and trailing text are rejected.  Parsing is in
 * the C locale whatever setlocale() the caller made.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/table.h"

enum { NUMBER_MAX = 64 };

/* Copies s into buf without blanks and thousands separators; false when too long. */
static bool squeeze(const char *s, char *buf)
{
	size_t o = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		if (*p == ' ' || *p == '\t') {
			p++;
		} else if (p[0] == 0xC2 && p[1] == 0xA0) {
			p += 2;
		} else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF) {
			p += 3;
		} else {
			if (o + 1 >= NUMBER_MAX)
				return false;
			buf[o++] = (char)*p++;
		}
	}
	buf[o] = '\0';
	return o > 0;
}

/* Accepts [sign] digits [(.|,) digits] [(e|E) [sign] digits]; rewrites ',' to '.'. */
static bool decimal_shape(char *s, bool integer_only)
{
	char *p = s;
	size_t digits = 0;

	if (*p == '+' || *p == '-')
		p++;
	for (; isdigit((unsigned char)*p); p++)
		digits++;
	if (!integer_only && (*p == '.' || *p == ',')) {
		*p++ = '.';
		for (; isdigit((unsigned char)*p); p++)
			digits++;
	}
	if (digits == 0)
		return false;
	if (!integer_only && (*p == 'e' || *p == 'E')) {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!isdigit((unsigned char)*p))
			return false;
		while (isdigit((unsigned char)*p))
			p++;
	}
	return *p == '\0';
}

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void c_locale_init(void)
{
	c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

static sn_error_t parse_double(const char *s, double *out)
{
	char buf[NUMBER_MAX];
	char *end;

	if (!squeeze(s, buf) || !decimal_shape(buf, false))
		return SN_EDATA;
	pthread_once(&c_locale_once, c_locale_init);
	if (c_locale == (locale_t)0)
		return SN_ENOMEM;
	errno = 0;
	double v = strtod_l(buf, &end, c_locale);
	if (*end || errno == ERANGE || !isfinite(v))
		return SN_EDATA;
	*out = v;
	return SN_OK;
}

static sn_error_t parse_int64(const char *s, int64_t *out)
{
	char buf[NUMBER_MAX];
	char *end;

	if (!squeeze(s, buf) || !decimal_shape(buf, true))
		return SN_EDATA;
	errno = 0;
	long long v = strtoll(buf, &end, 10);
	if (*end || errno == ERANGE)
		return SN_ELIMIT;
	*out = v;
	return SN_OK;
}

sn_error_t sn_parse_double(const char *s, double *out)
{
	sn_error_t err = parse_double(s, out);

	if (err == SN_ENOMEM)
		return sn_error_set(err, "out of memory");
	if (err != SN_OK)
		return sn_error_set(err, "'%.40s' is not a finite number", s);
	return SN_OK;
}

sn_error_t sn_parse_int64(const char *s, int64_t *out)
{
	sn_error_t err = parse_int64(s, out);

	if (err == SN_ELIMIT)
		return sn_error_set(err, "'%.40s' is out of the range of 64-bit integers", s);
	if (err != SN_OK)
		return sn_error_set(err, "'%.40s' is not a whole number", s);
	return SN_OK;
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t')
			return false;
	return true;
}

int sn_table_get_int64(const sn_table_t *t, size_t col, int64_t min, int64_t max,
		       const char *what, int64_t *out, sn_diag_t *diag)
{
	const char *s = sn_table_field(t, col);
	int64_t v;
	sn_error_t err;

	if (blank(s))
		return 0;
	err = sn_parse_int64(s, &v);
	if (err == SN_EDATA) {
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t), col + 1,
			    "%s: expected a whole number, got '%.40s'", what, s);
		return SN_EDATA;
	}
	if (err != SN_OK || v < min || v > max) {
		if (min == 0 && err == SN_OK && v < 0)
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t), col + 1,
				    "%s must not be negative, got '%.40s'", what, s);
		else
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t), col + 1,
				    "%s '%.40s' is out of range [%lld, %lld]", what, s,
				    (long long)min, (long long)max);
		return SN_EDATA;
	}
	*out = v;
	return 1;
}

int sn_table_get_double(const sn_table_t *t, size_t col, double min, double max,
			const char *what, double *out, sn_diag_t *diag)
{
	const char *s = sn_table_field(t, col);
	double v;

	if (blank(s))
		return 0;
	if (sn_parse_double(s, &v) != SN_OK) {
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t), col + 1,
			    "%s: expected a finite number, got '%.40s'", what, s);
		return SN_EDATA;
	}
	if (v < min || v > max) {
		if (min == 0 && v < 0)
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t), col + 1,
				    "%s must not be negative, got '%.40s'", what, s);
		else
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t), col + 1,
				    "%s '%.40s' is out of range [%g, %g]", what, s, min, max);
		return SN_EDATA;
	}
	*out = v;
	return 1;
}
