/* Private: an open-addressing map from borrowed strings to indices. */
#ifndef SAMNET_CORE_STRMAP_H
#define SAMNET_CORE_STRMAP_H

#include <stddef.h>
#include <stdint.h>
#include "samnet/error.h"

/* One slot: the key's hash is kept so that a probe compares strings only when hashes match. */
typedef struct {
	const char *key;     /* borrowed; NULL marks an empty slot */
	uint64_t hash;
	size_t value;
} sn_strmap_slot_t;

typedef struct {
	sn_strmap_slot_t *slots;
	size_t size;         /* slots, a power of two */
	size_t count;
} sn_strmap_t;

void sn__strmap_init(sn_strmap_t *m);
void sn__strmap_destroy(sn_strmap_t *m);

/* The value stored for key, or (size_t)-1.  O(1) expected. */
size_t sn__strmap_get(const sn_strmap_t *m, const char *key);

/*
 * Stores key -> value unless key is present; *existing_out (may be NULL)
 * receives the present value or (size_t)-1.  Returns SN_OK or SN_ENOMEM.
 */
sn_error_t sn__strmap_put(sn_strmap_t *m, const char *key, size_t value, size_t *existing_out);

#endif
