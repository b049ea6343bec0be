"""The C declarations samnet's Python binding uses, and the loaded library.

ABI mode (cffi's ffi.dlopen): no compiler is needed at import.  The
declarations below copy the public headers (include/samnet/*.h) for the
calls the binding makes; structs the binding reads or allocates are spelled
out field by field, in the headers' order, and every other type is opaque.
The library is found by SAMNET_LIB (a path to libsamnet.so), else by the
dynamic linker's search ("libsamnet.so.0", as `make install` leaves it).
"""
import os

from cffi import FFI

CDEF = r"""
typedef enum {
	SN_OK = 0, SN_ENOMEM = -1, SN_EINVAL = -2, SN_EDATA = -3, SN_EIO = -4,
	SN_ENUMERIC = -5, SN_ELIMIT = -6
} sn_error_t;
void sn_setup(void);
const char *sn_error_last(void);
void sn_error_clear(void);
const char *sn_error_name(sn_error_t code);

/* samnet/writer.h */
typedef struct sn_writer sn_writer_t;
sn_error_t sn_writer_memory(sn_writer_t **out);
sn_error_t sn_writer_flush(sn_writer_t *w);
const char *sn_writer_data(sn_writer_t *w, size_t *len_out);
void sn_writer_free(sn_writer_t *w);

/* samnet/doc.h */
typedef enum { SN_FORMAT_TABLE, SN_FORMAT_CSV, SN_FORMAT_TSV, SN_FORMAT_JSON,
	       SN_FORMAT_EXCEL } sn_format_t;
typedef struct sn_doc_table sn_doc_table_t;
typedef struct sn_doc sn_doc_t;
typedef enum { SN_COL_STR, SN_COL_INT, SN_COL_REAL, SN_COL_SHARE } sn_coltype_t;
sn_error_t sn_doc_table_new(sn_doc_table_t **out, const char *name, const char *title);
void sn_doc_table_free(sn_doc_table_t *t);
sn_error_t sn_doc_table_column(sn_doc_table_t *t, const char *name, sn_coltype_t type);
sn_error_t sn_doc_table_row(sn_doc_table_t *t);
sn_error_t sn_doc_table_str(sn_doc_table_t *t, size_t col, const char *value);
sn_error_t sn_doc_table_int(sn_doc_table_t *t, size_t col, int64_t value);
sn_error_t sn_doc_table_real(sn_doc_table_t *t, size_t col, double value);
sn_error_t sn_doc_meta_int(sn_doc_t *d, const char *key, int64_t value);
size_t sn_doc_table_nrows(const sn_doc_table_t *t);
size_t sn_doc_table_ncols(const sn_doc_table_t *t);
const char *sn_doc_table_name(const sn_doc_table_t *t);
const char *sn_doc_table_colname(const sn_doc_table_t *t, size_t col);
sn_error_t sn_doc_table_get_real(const sn_doc_table_t *t, size_t row, size_t col, double *out);
sn_error_t sn_doc_table_get_int(const sn_doc_table_t *t, size_t row, size_t col, int64_t *out);
sn_error_t sn_doc_table_get_str(const sn_doc_table_t *t, size_t row, size_t col,
				const char **out);
sn_error_t sn_doc_new(sn_doc_t **out, const char *command);
void sn_doc_free(sn_doc_t *d);
sn_error_t sn_doc_add_table(sn_doc_t *d, sn_doc_table_t *t);
size_t sn_doc_ntables(const sn_doc_t *d);
sn_doc_table_t *sn_doc_table_at(const sn_doc_t *d, size_t i);
sn_error_t sn_doc_write(sn_writer_t *w, const sn_doc_t *d, sn_format_t f, int digits);

/* samnet/dataset.h, samnet/open.h, samnet/dataset_doc.h */
typedef struct sn_dataset sn_dataset_t;
typedef enum {
	SN_ACTOR_REGION, SN_ACTOR_KOMMUN, SN_ACTOR_LANSSTYRELSE, SN_ACTOR_AGENCY,
	SN_ACTOR_UNIVERSITY, SN_ACTOR_COMPANY, SN_ACTOR_FUND, SN_ACTOR_NGO,
	SN_ACTOR_ASSOCIATION, SN_ACTOR_RESEARCH, SN_ACTOR_OTHER, SN_ACTOR_TYPE_COUNT
} sn_actor_type_t;
const char *sn_actor_type_name(sn_actor_type_t type);
void sn_dataset_free(sn_dataset_t *ds);
size_t sn_dataset_nactors(const sn_dataset_t *ds);
const char *sn_dataset_actor_id(const sn_dataset_t *ds, size_t a);
const char *sn_dataset_actor_name(const sn_dataset_t *ds, size_t a);
sn_actor_type_t sn_dataset_actor_type(const sn_dataset_t *ds, size_t a);
sn_error_t sn_dataset_open(sn_dataset_t **out, const char *dir, char **errors);
int sn_dataset_default_year(const sn_dataset_t *ds);
const char *sn_bundled_data_dir(void);
sn_error_t sn_dataset_doc(sn_doc_t *doc, const sn_dataset_t *ds);
void free(void *p);

/* samnet/network.h */
typedef struct sn_network sn_network_t;
typedef struct sn_projection sn_projection_t;
typedef enum { SN_WEIGHT_COUNT, SN_WEIGHT_NEWMAN, SN_WEIGHT_JACCARD,
	       SN_WEIGHT_OVERLAP } sn_weighting_t;
typedef enum { SN_MODE_ACTORS, SN_MODE_PROJECTS } sn_mode_t;
sn_error_t sn_weighting_parse(const char *name, sn_weighting_t *out);
sn_error_t sn_network_new(sn_network_t **out, const sn_dataset_t *ds, const void *opts);
void sn_network_free(sn_network_t *net);
sn_error_t sn_projection_new(sn_projection_t **out, const sn_network_t *net, sn_mode_t mode,
			     sn_weighting_t weighting, size_t max_ties);
void sn_projection_free(sn_projection_t *p);

/* samnet/centrality.h, samnet/results.h */
typedef int sn_measure_t;
sn_error_t sn_measure_parse(const char *name, sn_measure_t *out);
sn_error_t sn_centrality_table(sn_doc_table_t **out, const sn_network_t *net,
			       sn_weighting_t weighting, const sn_measure_t *measures, size_t n,
			       bool normalized);

/* samnet/export.h: the projection's nodes and edges as CSV */
typedef enum {
	SN_EXPORT_GRAPHML, SN_EXPORT_GEXF, SN_EXPORT_GML, SN_EXPORT_PAJEK,
	SN_EXPORT_PAJEK_CLU, SN_EXPORT_PAJEK_VEC, SN_EXPORT_DOT, SN_EXPORT_JSON,
	SN_EXPORT_VOSVIEWER_MAP, SN_EXPORT_VOSVIEWER_NETWORK, SN_EXPORT_CSV_NODES,
	SN_EXPORT_CSV_EDGES, SN_EXPORT_SVG, SN_EXPORT_FORMAT_COUNT
} sn_export_format_t;
typedef struct {
	const sn_network_t *net;
	const sn_projection_t *proj;
	const void *columns;
	const char *attribute;
	const void *layout;
	uint64_t seed;
} sn_export_t;
sn_error_t sn_export_write_to(sn_writer_t *w, sn_export_format_t f, const sn_export_t *x);

/* the network at a glance (a vertex count for sn_columns_init) and its vertices */
typedef struct {
	size_t actors;
	size_t actors_known;
	size_t projects;
	size_t memberships;
	double twomode_density;
	double mean_project_size;
	double mean_projects_per_actor;
	int64_t components;                 /* igraph_integer_t: 64 bits in igraph 0.10 */
	double largest_component_share;
	size_t projection_ties;
	double projection_density;
	size_t actors_by_type[11];          /* SN_ACTOR_TYPE_COUNT */
	size_t memberships_by_type[11];
} sn_network_summary_t;
sn_error_t sn_network_summarize(sn_network_summary_t *out, const sn_network_t *net,
				const sn_projection_t *proj);
sn_error_t sn_network_population(const sn_network_t *net, int year, int64_t *covered_out,
				 int64_t *national_out);
const char *sn_network_vertex_name(const sn_network_t *net, int64_t v);
const char *sn_network_vertex_id(const sn_network_t *net, int64_t v);

/* samnet/export.h: computed per-vertex columns (Leiden communities) */
typedef enum { SN_COLUMN_INT, SN_COLUMN_REAL, SN_COLUMN_STRING } sn_column_type_t;
typedef struct {
	char *name;
	sn_column_type_t type;
	int64_t *ints;
	double *reals;
	char **strings;
} sn_column_t;
typedef struct {
	size_t n;
	size_t count;
	sn_column_t *items;
} sn_columns_t;
void sn_columns_init(sn_columns_t *c, size_t n);
void sn_columns_destroy(sn_columns_t *c);
long sn_columns_find(const sn_columns_t *c, const char *name);
enum { SN_COLUMNS_POPULATION = 1, SN_COLUMNS_CENTRALITY = 2, SN_COLUMNS_COMMUNITIES = 4 };
sn_error_t sn_columns_add_standard(sn_columns_t *c, const sn_network_t *net,
				   const sn_projection_t *proj, unsigned which, int year,
				   uint64_t seed);

/* samnet/coalition.h (the igraph-free calls) */
sn_error_t sn_coalition_members_parse(size_t **out, size_t *n, const sn_dataset_t *ds,
				      const char *list);
sn_error_t sn_coalition_share(double *share_out, double *sum_out, size_t *in_network_out,
			      const sn_network_t *net, size_t offset, const double *values,
			      size_t nv, const size_t *actors, size_t n);
sn_error_t sn_coalition_population(int64_t *population_out, double *share_out,
				   const sn_dataset_t *ds, const size_t *actors, size_t n, int year);

/* samnet/power.h, samnet/players.h, samnet/scenario.h */
typedef struct sn_game sn_game_t;
void sn_game_free(sn_game_t *g);
typedef enum { SN_POWER_AUTO, SN_POWER_EXACT, SN_POWER_BRUTE,
	       SN_POWER_MONTECARLO } sn_power_method_t;
typedef struct {
	unsigned indices;
	sn_power_method_t method;
	uint64_t samples;
	uint64_t seed;
	size_t max_brute_players;
	size_t max_memory;
} sn_power_options_t;
typedef struct {
	size_t n;
	unsigned indices;
	sn_power_method_t method[7];
	uint64_t samples;
	double *banzhaf;
	double *banzhaf_abs;
	double *shapley;
	double *johnston;
	double *deegan_packel;
	double *holler;
	double *coleman_prevent;
	double *coleman_initiate;
	double *owen;
	double coleman_collectivity;
	double winning;
	double minimal_winning;
	double *banzhaf_lo, *banzhaf_hi;
	double *banzhaf_abs_lo, *banzhaf_abs_hi;
	double *shapley_lo, *shapley_hi;
	double *owen_lo, *owen_hi;
	double coleman_collectivity_lo, coleman_collectivity_hi;
} sn_power_result_t;
void sn_power_result_init(sn_power_result_t *r);
void sn_power_result_destroy(sn_power_result_t *r);
const double *sn_power_result_column(const sn_power_result_t *r, size_t k, const char **name_out);
sn_error_t sn_power_options_parse(sn_power_options_t *out, const sn_game_t *g, const char *method,
				  const char *indices);
sn_error_t sn_power_compute(sn_power_result_t *out, const sn_game_t *g,
			    const sn_power_options_t *opts);
const char *sn_power_method_name(sn_power_method_t m);
const char *sn_power_index_name(unsigned index);
typedef struct {
	size_t n;
	char **id;
	char **name;
	size_t *actor;
	char *weight_name;
	double *shown;
	int64_t *weight;
	double scale;
	int64_t *population;
	int64_t *sqrt_population;
	char **bloc;
} sn_players_t;
void sn_players_init(sn_players_t *p);
void sn_players_destroy(sn_players_t *p);
sn_error_t sn_players_typed(sn_players_t *out, const double *weights, const char *const *names,
			    size_t n);
sn_error_t sn_players_parse(sn_players_t *out, const char *weights, const char *names);
sn_error_t sn_players_select(size_t **out, size_t *n, const sn_dataset_t *ds,
			     const char *selector);
sn_error_t sn_players_from_dataset(sn_players_t *out, const sn_dataset_t *ds, const size_t *actors,
				   size_t n, const char *weight, int year, bool with_population);
sn_error_t sn_players_game(sn_game_t **out, const sn_players_t *p, const char *quota);
sn_error_t sn_players_game_rule(sn_game_t **out, const sn_players_t *p, const char *rule);
double sn_players_weight_of(const sn_players_t *p, const size_t *members, size_t k);
const char *sn_rule_preset(const char *name);
"""

# The per-player arrays of a power result (sn_power_result_column()).
POWER_RESULT_COLUMNS = 17


class Error(Exception):
    """A failure reported by libsamnet: the message is the library's own
    (sn_error_last()); `code` is its sn_error_t name ("bad data", ...)."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code


ffi = FFI()
ffi.cdef(CDEF)


def _open_library():
    path = os.environ.get("SAMNET_LIB")
    names = [path] if path else ["libsamnet.so.0", "libsamnet.so"]
    failures = []
    for name in names:
        try:
            return ffi.dlopen(name)
        except OSError as e:
            failures.append(str(e))
    raise ImportError("samnet: cannot load libsamnet (set SAMNET_LIB to the path of "
                      "libsamnet.so): " + "; ".join(failures))


lib = _open_library()
lib.sn_setup()


def text(ptr):
    """A borrowed C string as str (None for NULL)."""
    return None if ptr == ffi.NULL else ffi.string(ptr).decode("utf-8")


def check(err):
    """Raises samnet.Error with the library's message when `err` is not SN_OK."""
    if err != lib.SN_OK:
        raise Error(text(lib.sn_error_last()) or text(lib.sn_error_name(err)),
                    text(lib.sn_error_name(err)))
