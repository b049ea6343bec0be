/* base/table_private.h: library-internal additions to samnet/table.h. */
#ifndef SAMNET_BASE_TABLE_PRIVATE_H
#define SAMNET_BASE_TABLE_PRIVATE_H

#include <stddef.h>

#include "samnet/progress.h"
#include "samnet/table.h"

/*
 * From now on, each chunk `t` reads is reported to `p` (may be NULL: none)
 * as step `step` (static text): `at` plus the bytes of the file read so far
 * (the header's too), at most `end`, of `total`.  The caller reports the
 * file's end itself.
 */
void sn__table_report_reading(sn_table_t *t, const sn_progress_t *p, const char *step, size_t at,
			      size_t end, size_t total);

#endif
