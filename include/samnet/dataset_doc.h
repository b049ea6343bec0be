/*
 * samnet/dataset_doc.h: a dataset as tables, for a language binding to turn
 * into data frames (or for any document format of samnet/doc.h).
 */
#ifndef SAMNET_DATASET_DOC_H
#define SAMNET_DATASET_DOC_H

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Adds to `doc` the meta entry "year" (sn_dataset_default_year(), the year
 * of the population column; 0 when the tree holds none) and four tables,
 * one row per loaded item, in the dataset's order (row i is index i):
 *
 *   actors       id, name, type, territory (code), county (code of the
 *                depth-1 territory), county_name, represents (code of the
 *                territory whose population the actor carries), population
 *                (that territory's at "year"), then every other column of
 *                actors.csv in file order, as text;
 *   projects     id, name, then every other column of projects.csv in file
 *                order (start, end, budget_sek, ...), as text;
 *   memberships  project (id), actor (id), role (role names joined by ';'),
 *                amount_sek (a real), selector (the group selector the row
 *                came from), line (in memberships.csv): one row per
 *                (project, actor) pair after selectors are expanded and
 *                repeated rows merged;
 *   territories  code, name, parent (code), level (sn_territories_level()
 *                of its depth), population (at "year").
 *
 * Text cells of absent values are empty; a number that does not exist (no
 * territory, no figure, no amount) is a missing cell.  Returns SN_OK or
 * SN_ENOMEM (the document may then hold some of the tables).
 * O(cells).
 */
sn_error_t sn_dataset_doc(sn_doc_t *doc, const sn_dataset_t *ds);

#ifdef __cplusplus
}
#endif
#endif
