/*
 * cli/structure_table.h: the structure of an actor projection as result
 * tables (samnet summary --structure), built on samnet/structure.h.
 */
#ifndef SAMNET_CLI_STRUCTURE_TABLE_H
#define SAMNET_CLI_STRUCTURE_TABLE_H

#include "cli/cli.h"

/*
 * Adds two tables to `doc`: "structure" (density, components, paths,
 * clustering both ways, degree and strength distributions, k-core, cut
 * points) and "mixing" (E-I index and nominal assortativity by actor type
 * and by county) of the projection `proj` of d's network.  Returns SN_OK,
 * or the library's error (SN_ENOMEM when a table cannot be built).
 */
sn_error_t cli_structure_tables(cli_doc_t *doc, const cli_data_t *d, const sn_projection_t *proj);

#endif
