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
	free(m->slots);
	sn__strmap_init(m);
}

/* The slot of `key`: where it is, or the empty slot where it would go. */
static sn_strmap_slot_t *probe(const sn_strmap_t *m, const char *key, uint64_t h)
{
	for (size_t i = h & (m->size - 1);; i = (i + 1) & (m->size - 1)) {
		sn_strmap_slot_t *s = &m->slots[i];

		if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
			return s;
	}
}

size_t sn__strmap_get(const sn_strmap_t *m, const char *key)
{
	const sn_strmap_slot_t *s;

	if (m->size == 0)
		return (size_t)-1;
	s = probe(m, key, hash(key));
	return s->key ? s->value : (size_t)-1;
}

static sn_error_t grow(sn_strmap_t *m)
{
	size_t size = m->size ? 2 * m->size : 64;
	sn_strmap_slot_t *slots = calloc(size, sizeof *slots);

	if (!slots)
		return sn_error_set(SN_ENOMEM, "out of memory indexing ids");
	for (size_t i = 0; i < m->size; i++) {
		const sn_strmap_slot_t *s = &m->slots[i];

		if (s->key) {
			size_t j = s->hash & (size - 1);
			while (slots[j].key)
				j = (j + 1) & (size - 1);
			slots[j] = *s;
		}
	}
	free(m->slots);
	m->slots = slots;
	m->size = size;
	return SN_OK;
}

sn_error_t sn__strmap_put(sn_strmap_t *m, const char *key, size_t value, size_t *existing_out)
{
	uint64_t h = hash(key);
	sn_strmap_slot_t *s;

	if (2 * (m->count + 1) > m->size && grow(m) != SN_OK)
		return sn_error_set(SN_ENOMEM, "out of memory");
	s = probe(m, key, h);
	if (s->key) {
		if (existing_out)
			*existing_out = s->value;
		return SN_OK;
	}
	*s = (sn_strmap_slot_t){ key, h, value };
	m->count++;
	if (existing_out)
		*existing_out = (size_t)-1;
	return SN_OK;
}
