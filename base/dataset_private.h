/* Private: the parts of the dataset loader, one per file. */
#ifndef SAMNET_CORE_DATASET_PRIVATE_H
#define SAMNET_CORE_DATASET_PRIVATE_H

#include "samnet/dataset.h"
#include "samnet/progress.h"

/*
 * Where one file's bytes fall in the "load" step: `at` bytes of the folder
 * come before it, it ends at `end`, the step has `total`.  progress NULL:
 * no reports.
 */
typedef struct {
	const sn_progress_t *progress;
	size_t at, end, total;
} sn__load_share_t;

/* Opens `file` of the dataset's folder; its reading is reported as `share` says (may be NULL). */
sn_error_t sn__dataset_open(sn_table_t **out, const sn_dataset_t *ds, const char *file,
			    bool required, const sn_dataset_options_t *opts,
			    const sn__load_share_t *share, sn_diag_t *diag);

/*
 * Each reads one file into `ds`, reporting to `diag` and its bytes as
 * `share` says; SN_EDATA when it found errors.
 */
sn_error_t sn__load_actors(sn_dataset_t *ds, const sn_dataset_options_t *opts,
			   const sn__load_share_t *share, sn_diag_t *diag);
sn_error_t sn__load_projects(sn_dataset_t *ds, const sn_dataset_options_t *opts,
			     const sn__load_share_t *share, sn_diag_t *diag);
sn_error_t sn__load_memberships(sn_dataset_t *ds, const sn_dataset_options_t *opts,
				const sn__load_share_t *share, sn_diag_t *diag);
sn_error_t sn__load_coalitions(sn_dataset_t *ds, const sn_dataset_options_t *opts,
			       const sn__load_share_t *share, sn_diag_t *diag);

sn_error_t sn__role_parse(const char *name, unsigned *bits_out);

/* Attribute tables: every column of a file not consumed by the loader. */
void sn__attrs_destroy(sn_attrs_t *a);

/*
 * Resolves an actor reference: an id, or a selector ("kommuner:24",
 * "regions:*", "regions:06,07", "lansstyrelser:..").  Appends the matching
 * actor indices to *list (growing it).  Problems go to `diag` at
 * (label, line, col).  Returns SN_OK, SN_EDATA or SN_ENOMEM.
 */
sn_error_t sn__resolve_actor(const sn_dataset_t *ds, const char *ref, size_t **list, size_t *n,
			     size_t *cap, bool *is_selector, const char *label, size_t line,
			     size_t col, sn_diag_t *diag);

#endif
