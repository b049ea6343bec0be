/*
 * samnet/open.h: opening a dataset in one call, for language bindings and
 * other programs that do not want to hold a diagnostics list.
 *
 * Lifetime: sn_dataset_open() returns a heap handle freed with
 * sn_dataset_free() (samnet/dataset.h); the error list it may return is
 * freed with free().
 */
#ifndef SAMNET_OPEN_H
#define SAMNET_OPEN_H

#include "samnet/dataset.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The folder that holds the bundled datasets (the bundled Swedish dataset
 * is its "sweden" subfolder), found as the samnet program finds it: the
 * SAMNET_DATA environment variable when set and not empty, else the
 * installed data folder ($pkgdatadir) when it holds "sweden", else the
 * source tree the library was built from.  Borrowed (static or from the
 * environment).  O(1).
 */
const char *sn_bundled_data_dir(void);

/*
 * Loads the dataset in folder `dir` as the samnet program does: default
 * dialect (comma-separated UTF-8), and when the folder has no
 * territories.csv, the bundled Swedish territory tree.  `dir` NULL loads
 * the bundled dataset (sn_bundled_data_dir() + "/sweden").
 *
 * When `errors` is not NULL, *errors receives NULL or a malloc'd,
 * NUL-terminated text of one line per diagnostic ("FILE:LINE:COL: message",
 * warnings as "FILE:LINE:COL: warning: message", each line ending in
 * '\n'), also after a successful load (warnings); when the load fails
 * without a diagnostic (a folder that cannot be read), the text is the
 * error's message.  The caller frees it.
 *
 * Returns SN_OK and sets *out; otherwise *out is NULL and the error
 * (SN_EDATA: the diagnostics hold errors; SN_EIO; SN_ENOMEM) has its
 * message in sn_error_last().  O(rows of the files).
 */
sn_error_t sn_dataset_open(sn_dataset_t **out, const char *dir, char **errors);

/*
 * The default population year of `ds`, the year the samnet program uses
 * when --year is not given: sn_territories_latest_year() of its territory
 * tree (the latest year in which every territory has a figure), 0 when the
 * tree holds no population.  O(territories * years).
 */
int sn_dataset_default_year(const sn_dataset_t *ds);

#ifdef __cplusplus
}
#endif
#endif
