/* Private text helpers shared by the core modules. */
#ifndef SAMNET_CORE_UTF8_H
#define SAMNET_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates); else *bad_at is the offset. */
bool sn__utf8_valid(const char *s, size_t len, size_t *bad_at);

/* A new NUL-terminated UTF-8 string from Latin-1 bytes, or NULL when out of memory. */
char *sn__latin1_to_utf8(const char *s, size_t len);

/*
 * Offset of the first character of s[0..len) that XML 1.0 cannot hold (a C0
 * control other than tab, LF and CR; U+FFFE; U+FFFF), or `len` when there is
 * none; its code point goes to *cp.  `utf8`: s is valid UTF-8; else Latin-1,
 * where only the controls can occur.
 */
size_t sn__xml_forbidden(const char *s, size_t len, bool utf8, unsigned long *cp);

/* Removes leading and trailing ASCII blanks in place; returns s (NULL stays NULL). */
char *sn__trim(char *s);

#endif
