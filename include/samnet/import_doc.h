/*
 * samnet/import_doc.h: the report of an import (samnet/import.h) as a
 * document (samnet/doc.h).
 */
#ifndef SAMNET_IMPORT_DOC_H
#define SAMNET_IMPORT_DOC_H

#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/import.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Adds to `doc` the table "report" (item, count: rows read, projects,
 * actors, participations, the merges by key, the rows skipped and why,
 * invalid organisationsnummer ignored, rows whose keys named two actors,
 * suspected duplicate groups; sn_import_report()) and the table
 * "suspected_duplicates" (group from 1, actor id; sn_import_duplicates()).
 * Errors: SN_EINVAL (no document or no import); SN_ENOMEM (`doc` may then
 * hold the first table).  O(actors + rows of the duplicate groups).
 */
sn_error_t sn_import_doc(sn_doc_t *doc, sn_import_t *imp);

#ifdef __cplusplus
}
#endif
#endif
