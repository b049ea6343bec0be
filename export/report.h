/* export/report.h (private): the inlined assets of the HTML report. */
#ifndef SAMNET_EXPORT_REPORT_H
#define SAMNET_EXPORT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "export/model.h"

extern const char sn__report_css[];
extern const char sn__report_onerror[];
extern const char sn__report_js[];

/* export/report_geo.c (scripts/report_geo.py): the codes of the 21 län, NULL-terminated, and
 * their outlines as GeoJSON (properties code and name) for the map of the report. */
extern const char *const sn__report_lan_codes[];
extern const char sn__report_lan_geojson[];
/* export/report_map.c: the script that draws the map. */
extern const char sn__report_map_js[];

/* True when every län code of the map (sn__report_lan_codes) is a territory of `t`. */
bool sn__report_map_applies(const sn_territories_t *t);

/*
 * Writes the map's data as the JSON members `"map": {...}` for the page's data block:
 * "lan": for each län of the map, its code, its region (the id of the first actor of type
 * region whose territory is the län and who is a vertex of `g`, or null), that actor's
 * community (the `community` field, or null) and its palette colour (export/viz.h: the
 * categories ranked by size over all of g's vertices, as the network view ranks them), or
 * SN__PALETTE_OTHER when there is none; "coalitions": for each coalition of coalitions.csv,
 * its name and the codes of the län whose region actor (of the dataset, in the network or
 * not) is a member.  `offset`: the projection's offset (net->actor_index[v + offset] is
 * vertex v's actor).  SN_ENOMEM.
 */
sn_error_t sn__report_map_json(FILE *fp, const sn_network_t *net, const sn__xgraph_t *g,
			       size_t offset, const sn__field_t *community);

#endif
