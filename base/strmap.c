/* String-keyed hash map with linear probing (FNV-1a hashes). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

void sn__strmap_init(sn_strmap_t *m)
{
	memset(m, 0, sizeof *m);
}

void sn__strmap_destroy(sn_strmap_t *m)
{
	free(m->keys);
	free(m->values);
	sn__strmap_init(m);
}

size_t sn__strmap_get(const sn_strmap_t *m, const char *key)
{
	if (m->size == 0)
		return (size_t)-1;
	for (size_t i = hash(key) & (m->size - 1);; i = (i + 1) & (m->size - 1)) {
		if (!m->keys[i])
			return (size_t)-1;
		if (strcmp(m->keys[i], key) == 0)
			return m->values[i];
	}
}

static sn_error_t grow(sn_strmap_t *m)
{
	sn_strmap_t bigger = { NULL, NULL, m->size ? 2 * m->size : 64, 0 };

	bigger.keys = calloc(bigger.size, sizeof *bigger.keys);
	bigger.values = malloc(bigger.size * sizeof *bigger.values);
	if (!bigger.keys || !bigger.values) {
		sn__strmap_destroy(&bigger);
		return sn_error_set(SN_ENOMEM, "out of memory indexing ids");
	}
	for (size_t i = 0; i < m->size; i++)
		if (m->keys[i])
			sn__strmap_put(&bigger, m->keys[i], m->values[i], NULL);
	sn__strmap_destroy(m);
	*m = bigger;
	return SN_OK;
}

sn_error_t sn__strmap_put(sn_strmap_t *m, const char *key, size_t value, size_t *existing_out)
{
	if (2 * (m->count + 1) > m->size && grow(m) != SN_OK)
		return sn_error_set(SN_ENOMEM, "out of memory");
	size_t i = hash(key) & (m->size - 1);
	for (; m->keys[i]; i = (i + 1) & (m->size - 1))
		if (strcmp(m->keys[i], key) == 0) {
			if (existing_out)
				*existing_out = m->values[i];
			return SN_OK;
		}
	m->keys[i] = key;
	m->values[i] = value;
	m->count++;
	if (existing_out)
		*existing_out = (size_t)-1;
	return SN_OK;
}
