/* UTF-8 validation, Latin-1 conversion and trimming. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

bool sn__utf8_valid(const char *str, size_t len, size_t *bad_at)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t n;
		unsigned long cp;

		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			cp = c & 0x07;
		} else {
			goto bad;
		}
		for (size_t k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += n + 1;
	}
	return true;
bad:
	if (bad_at)
		*bad_at = i;
	return false;
}

char *sn__latin1_to_utf8(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out = malloc(2 * len + 1);
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0x80) {
			out[o++] = (char)s[i];
		} else {
			out[o++] = (char)(0xC0 | (s[i] >> 6));
			out[o++] = (char)(0x80 | (s[i] & 0x3F));
		}
	}
	out[o] = '\0';
	return out;
}

size_t sn__xml_forbidden(const char *str, size_t len, bool utf8, unsigned long *cp)
{
	const unsigned char *s = (const unsigned char *)str;

	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
			*cp = s[i];
			return i;
		}
		/* U+FFFE and U+FFFF are EF BF BE and EF BF BF. */
		if (utf8 && s[i] == 0xEF && i + 2 < len && s[i + 1] == 0xBF &&
		    (s[i + 2] == 0xBE || s[i + 2] == 0xBF)) {
			*cp = s[i + 2] == 0xBE ? 0xFFFE : 0xFFFF;
			return i;
		}
	}
	return len;
}

char *sn__trim(char *s)
{
	if (!s)
		return NULL;
	size_t len = strlen(s), start = 0;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	while (start < len && (s[start] == ' ' || s[start] == '\t'))
		start++;
	memmove(s, s + start, len - start);
	s[len - start] = '\0';
	return s;
}
