/* serve/json.c: the JSON writing of the API (contract in serve/serve.h). */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "serve/serve.h"

void serve_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

/* The field `, "key": ` and the string `s`, or null when `s` is NULL. */
void serve_json_field_str(FILE *f, const char *key, const char *s)
{
	fprintf(f, ", \"%s\": ", key);
	if (s)
		serve_json_str(f, s);
	else
		fputs("null", f);
}

/* The field `, "key": ` and the integer `x`, or null when `known` is false. */
void serve_json_field_int(FILE *f, const char *key, bool known, int64_t x)
{
	fprintf(f, ", \"%s\": ", key);
	if (known)
		fprintf(f, "%lld", (long long)x);
	else
		fputs("null", f);
}

/* A number as JSON: 17 significant digits (round-trips a double), null when not finite. */
void serve_json_real(FILE *f, double x)
{
	if (isfinite(x))
		fprintf(f, "%.17g", x);
	else
		fputs("null", f);
}

