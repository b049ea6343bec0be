/* base/csv_field.h: the CSV field writer with the Excel option (private). */
#ifndef SAMNET_BASE_CSV_FIELD_H
#define SAMNET_BASE_CSV_FIELD_H

#include <stdbool.h>
#include <stdio.h>

/*
 * sn_csv_field() (table.h), and with `neutralise` (CSV for Excel) an
 * apostrophe before the text, inside the quotes when quoted, so that a
 * spreadsheet cannot read it as a formula.
 */
void sn__csv_field(FILE *fp, const char *s, char sep, bool neutralise);

#endif
