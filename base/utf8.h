/* Private text helpers shared by the core modules. */
#ifndef SAMNET_CORE_UTF8_H
#define SAMNET_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates); else *bad_at is the offset. */
bool sn__utf8_valid(const char *s, size_t len, size_t *bad_at);

/* A new NUL-terminated UTF-8 string from Latin-1 bytes, or NULL when out of memory. */
char *sn__latin1_to_utf8(const char *s, size_t len);

/* Removes leading and trailing ASCII blanks in place; returns s (NULL stays NULL). */
char *sn__trim(char *s);

#endif
