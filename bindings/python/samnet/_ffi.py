"""The C declarations samnet's Python binding uses, and the loaded library.

ABI mode (cffi's ffi.dlopen): no compiler is needed at import.  The
declarations below copy the public headers (include/samnet/*.h) for the
calls the binding makes; the structs it allocates (the options of the *_doc
calls, sn_export_t) are spelled out field by field, in the headers' order,
and every other type is opaque: results come back as documents (samnet/doc.h).
tests/test_layout.py compiles a C program against the headers and checks every
struct size, field offset and enumerator copied here.
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
sn_error_t sn_doc_table_coltype(const sn_doc_table_t *t, size_t col, sn_coltype_t *out);
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
void sn_dataset_free(sn_dataset_t *ds);
size_t sn_dataset_nactors(const sn_dataset_t *ds);
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

/* samnet/coalition.h: a member list ("regions:06,07", ids) as actor indices */
sn_error_t sn_coalition_members_parse(size_t **out, size_t *n, const sn_dataset_t *ds,
				      const char *list);

/* samnet/centrality_doc.h */
typedef enum { SN_CENTRALITY_RANK_ALL, SN_CENTRALITY_RANK_BY_TYPE,
	       SN_CENTRALITY_RANK_BY_COUNTY } sn_centrality_ranking_t;
typedef struct {
	const char *measures;
	bool two_mode;
	sn_weighting_t weighting;
	bool normalized;
	sn_centrality_ranking_t by;
	const char *sort;
	size_t top;
	bool approx;
	double eps;
	double delta;
	uint64_t seed;
	size_t max_ties;
} sn_centrality_doc_options_t;
void sn_centrality_doc_options_init(sn_centrality_doc_options_t *o);
sn_error_t sn_centrality_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			     int year, const sn_centrality_doc_options_t *o);

/* samnet/communities_doc.h (partition_table and partition_diag left NULL) */
typedef struct {
	const char *algorithm;
	const char *objective;
	const char *projection;
	double resolution;
	uint64_t seed;
	size_t runs;
	double threshold;
	int max_iterations;
	double tolerance;
	size_t max_ties;
	size_t top;
	const char *compare;
	const void *partition_table;
	void *partition_diag;
	const double *sweep;
	size_t nsweep;
} sn_communities_doc_options_t;
void sn_communities_doc_options_init(sn_communities_doc_options_t *o);
sn_error_t sn_communities_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			      int year, const sn_communities_doc_options_t *o);

/* samnet/coalition_doc.h */
typedef struct {
	const char *coalition;
	const size_t *members;
	size_t nmembers;
	bool all;
	sn_weighting_t weighting;
	size_t max_ties;
} sn_coalition_doc_options_t;
void sn_coalition_doc_options_init(sn_coalition_doc_options_t *o);
sn_error_t sn_coalition_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			    int year, const sn_coalition_doc_options_t *o);

/* samnet/power_doc.h */
typedef struct {
	const char *weights;
	const char *names;
	const char *players;
	const char *coalition;
	const char *weight;
	const char *quota;
	const char *rule;
	const char *indices;
	const char *method;
	uint64_t samples;
	uint64_t seed;
	bool connected;
	const char *graph;
	const char *blocs;
	int max_iterations;
	size_t max_ties;
	bool minimal;
	bool blocking;
	const char *option_prefix;
} sn_power_doc_options_t;
void sn_power_doc_options_init(sn_power_doc_options_t *o);
sn_error_t sn_power_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net, int year,
			const sn_power_doc_options_t *o);
"""


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
