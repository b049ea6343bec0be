/*
 * Fault injection into the exporters, the HTML report (issue 10), the
 * result documents and writers, and the documents of samnet communities and
 * samnet brokerage (issue 18).
 *
 * Allocation faults: this program defines malloc, calloc, realloc and free,
 * so by ELF symbol interposition (what an LD_PRELOAD shim does) they serve
 * the whole process: libsamnet, igraph, GSL and libc itself.  They forward
 * to glibc's __libc_* allocator; while armed, the k-th allocation fails, and
 * every block allocated and not freed is remembered.  Each writer is run
 * with k = 0, 1, 2, ... until a run makes fewer than k + 1 allocations: every
 * failed run must return an error with a message and leave no block behind.
 *
 * Write faults: a fopencookie stream that takes a budget of bytes and then
 * fails with ENOSPC, unbuffered and fully buffered.  Every budget short of
 * the whole output must give SN_EIO, again with nothing leaked.
 *
 * AddressSanitizer and valgrind own the allocator: the program skips (77)
 * under either.  To debug: FAULTS_VERBOSE=1 prints each injected failure,
 * FAULTS_WRITER=NAME (a format name, or "report") and FAULTS_FROM=K narrow
 * the allocation sweep; run with CK_FORK=no under gdb.
 */
#include "config.h"

#include <check.h>
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <malloc.h>
#include <gsl/gsl_rng.h>
#include <pthread.h>
#include <stdbool.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "samnet/advanced.h"
#include "testutil.h"

#if defined(__SANITIZE_ADDRESS__)
#define FAULTS_SKIPPED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FAULTS_SKIPPED 1
#endif
#endif

#ifndef FAULTS_SKIPPED

/* ---- the allocator shim --------------------------------------------------------- */

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void __libc_free(void *p);

#define LIVE_SLOTS (1u << 20) /* open addressing; far more than a run keeps alive */
#define TOMBSTONE ((void *)1)

static struct {
	pthread_mutex_t lock;
	bool armed;
	long countdown;  /* the failable allocation that finds 0 here fails; negative: none */
	long allocations; /* failable allocations made while armed */
	bool fired;
	size_t live;     /* blocks allocated while armed and not yet freed */
	bool overflow;   /* the live table filled up */
	void *slot[LIVE_SLOTS];
	const void *site[LIVE_SLOTS]; /* where each live block was allocated */
} shim = { .lock = PTHREAD_MUTEX_INITIALIZER };

static size_t slot_of(const void *p)
{
	return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull) & (LIVE_SLOTS - 1);
}

/* Called with the lock held. */
static void live_add(void *p, const void *site)
{
	size_t i = slot_of(p);

	for (size_t probe = 0; probe < LIVE_SLOTS; probe++, i = (i + 1) & (LIVE_SLOTS - 1))
		if (shim.slot[i] == NULL || shim.slot[i] == TOMBSTONE) {
			shim.slot[i] = p;
			shim.site[i] = site;
			shim.live++;
			return;
		}
	shim.overflow = true;
}

/* Called with the lock held; true when `p` was live. */
static bool live_remove(void *p)
{
	size_t i = slot_of(p);

	for (size_t probe = 0; probe < LIVE_SLOTS && shim.slot[i]; probe++, i = (i + 1) & (LIVE_SLOTS - 1))
		if (shim.slot[i] == p) {
			shim.slot[i] = TOMBSTONE;
			shim.live--;
			return true;
		}
	return false;
}

/*
 * Which allocations may fail: those of samnet's own code, and those of
 * igraph's vectors and matrices, of GSL and of libc when samnet calls them
 * directly (igraph_vector_init, gsl_rng_alloc, strdup): their failures are
 * samnet's to handle.  Allocations inside igraph's algorithms are left alone, since
 * igraph 0.10.2 does not survive all of them: igraph_layout_fruchterman_reingold
 * ignores a failed resize of its result and writes past it, and
 * igraph_harmonic_centrality dereferences a failed lazy incidence list.
 */
static const void *igraph_base, *gsl_base, *libc_base, *samnet_base, *test_base;

static const void *object_of(const void *addr)
{
	Dl_info info;
	return dladdr(addr, &info) ? info.dli_fbase : NULL;
}

static void find_objects(void)
{
	void *frames[4];

	igraph_base = object_of((const void *)igraph_vector_init);
	gsl_base = object_of((const void *)gsl_rng_alloc);
	libc_base = object_of((const void *)strdup);
	samnet_base = object_of((const void *)sn_setup);
	test_base = object_of((const void *)find_objects);
	backtrace(frames, 4); /* loads the unwinder now, not inside malloc */
}

/* Called with the lock held, from should_fail(), from malloc, calloc or realloc. */
static __attribute__((noinline)) bool may_fail(void)
{
	void *frames[5];
	int n = backtrace(frames, 5);
	Dl_info info;

	/* frames: may_fail, should_fail, the allocator, its caller, the caller's caller. */
	if (n < 4 || !dladdr(frames[3], &info))
		return false;
	if (info.dli_fbase == samnet_base || info.dli_fbase == test_base)
		return true;
	if (info.dli_fbase == igraph_base && !(info.dli_sname &&
					      (strncmp(info.dli_sname, "igraph_vector", 13) == 0 ||
					       strncmp(info.dli_sname, "igraph_matrix", 13) == 0)))
		return false;
	if (info.dli_fbase != igraph_base && info.dli_fbase != gsl_base &&
	    info.dli_fbase != libc_base)
		return false;
	return n > 4 && object_of(frames[4]) == samnet_base;
}

/* Called with the lock held: whether this allocation is the one to fail. */
static __attribute__((noinline)) bool should_fail(void)
{
	bool fail;

	if (!may_fail())
		return false;
	fail = shim.countdown-- == 0;
	shim.fired |= fail;
	shim.allocations++;
	return fail;
}

void *malloc(size_t size)
{
	void *p;

	if (!shim.armed)
		return __libc_malloc(size);
	pthread_mutex_lock(&shim.lock);
	if (should_fail()) {
		pthread_mutex_unlock(&shim.lock);
		errno = ENOMEM;
		return NULL;
	}
	if ((p = __libc_malloc(size)))
		live_add(p, __builtin_return_address(0));
	pthread_mutex_unlock(&shim.lock);
	return p;
}

void *calloc(size_t n, size_t size)
{
	void *p;

	if (!shim.armed)
		return __libc_calloc(n, size);
	pthread_mutex_lock(&shim.lock);
	if (should_fail()) {
		pthread_mutex_unlock(&shim.lock);
		errno = ENOMEM;
		return NULL;
	}
	if ((p = __libc_calloc(n, size)))
		live_add(p, __builtin_return_address(0));
	pthread_mutex_unlock(&shim.lock);
	return p;
}

void *realloc(void *old, size_t size)
{
	void *p;
	bool tracked;

	if (!shim.armed)
		return __libc_realloc(old, size);
	pthread_mutex_lock(&shim.lock);
	/* A shrink gives memory back; its failure would leave the block as it was. */
	if (size > 0 && !(old && size <= malloc_usable_size(old)) && should_fail()) {
		pthread_mutex_unlock(&shim.lock);
		errno = ENOMEM;
		return NULL;
	}
	/* A block from before arming stays untracked wherever it moves. */
	tracked = old == NULL || live_remove(old);
	p = __libc_realloc(old, size);
	if (p && tracked)
		live_add(p, __builtin_return_address(0));
	else if (!p && size > 0 && tracked && old)
		live_add(old, __builtin_return_address(0)); /* the old block is still there */
	pthread_mutex_unlock(&shim.lock);
	return p;
}

void free(void *p)
{
	if (p && shim.armed) {
		pthread_mutex_lock(&shim.lock);
		live_remove(p);
		pthread_mutex_unlock(&shim.lock);
	}
	__libc_free(p);
}

/* Starts counting; the allocation numbered `fail_at` (0-based) fails, none if negative. */
static void arm(long fail_at)
{
	pthread_mutex_lock(&shim.lock);
	memset(shim.slot, 0, sizeof shim.slot);
	shim.countdown = fail_at;
	shim.allocations = 0;
	shim.fired = false;
	shim.live = 0;
	shim.overflow = false;
	shim.armed = true;
	pthread_mutex_unlock(&shim.lock);
}

static void disarm(void)
{
	pthread_mutex_lock(&shim.lock);
	shim.armed = false;
	pthread_mutex_unlock(&shim.lock);
}

/* Prints where the live blocks were allocated (FAULTS_VERBOSE). */
static void print_live(void)
{
	for (size_t i = 0; i < LIVE_SLOTS; i++)
		if (shim.slot[i] && shim.slot[i] != TOMBSTONE) {
			Dl_info info;
			if (dladdr(shim.site[i], &info) && info.dli_sname)
				fprintf(stderr, "  leaked block from %s+%#lx in %s\n", info.dli_sname,
					(unsigned long)((const char *)shim.site[i] - (const char *)info.dli_saddr),
					info.dli_fname);
			else
				fprintf(stderr, "  leaked block from %p\n", shim.site[i]);
		}
}

/* ---- a stream that fails after a budget of bytes -------------------------------- */

typedef struct {
	size_t budget;  /* bytes accepted before ENOSPC */
	size_t written;
} sink_t;

static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
	sink_t *s = cookie;

	(void)buf;
	if (n > s->budget - s->written) {
		errno = ENOSPC;
		return 0;   /* fopencookie(3): 0 on error, never negative */
	}
	s->written += n;
	return (ssize_t)n;
}

static char sink_buffer[BUFSIZ];

/* A write-only stream into `s`; buffered with a static buffer, so it never allocates after opening. */
static FILE *sink_open(sink_t *s, size_t budget, bool buffered)
{
	cookie_io_functions_t io = { NULL, sink_write, NULL, NULL };
	FILE *fp;

	s->budget = budget;
	s->written = 0;
	fp = fopencookie(s, "w", io);
	ck_assert_ptr_nonnull(fp);
	if (buffered)
		ck_assert_int_eq(setvbuf(fp, sink_buffer, _IOFBF, sizeof sink_buffer), 0);
	else
		ck_assert_int_eq(setvbuf(fp, NULL, _IONBF, 0), 0);
	return fp;
}

/* ---- the writers under test ----------------------------------------------------- */

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
	sn_columns_t columns;
} fixture_t;

static fixture_t fx;

static void setup(void)
{
	sn_dataset_options_t dopts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&fx.ds, fixture("mini"), &dopts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&fx.net);
	sn_projection_init(&fx.proj);
	ck_assert_int_eq(sn_network_build(&fx.net, fx.ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&fx.proj, &fx.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0),
			 SN_OK);
	sn_columns_init(&fx.columns, fx.net.nactors + fx.net.nprojects);
	ck_assert_int_eq(sn_columns_add_standard(&fx.columns, &fx.net, &fx.proj, SN_COLUMNS_POPULATION |
						 SN_COLUMNS_CENTRALITY | SN_COLUMNS_COMMUNITIES, 2024, 1),
			 SN_OK);
}

static void teardown(void)
{
	sn_columns_destroy(&fx.columns);
	sn_projection_destroy(&fx.proj);
	sn_network_destroy(&fx.net);
	sn_dataset_free(fx.ds);
}

/*
 * One writer: an export format on the two-mode graph or the projection, the
 * report (format REPORT), or a result document (sn_centrality_table() with
 * metadata) rendered in one of the five formats through a file writer, or as
 * CSV through a memory writer or a callback writer (format DOC + k), or the
 * documents of samnet summary, validate and significance (DOC_COMMANDS), or the
 * table of samnet centrality (sn_centrality_doc(), DOC_CENTRALITY) as CSV.
 */
typedef struct {
	int format;
	bool projection;
} writer_t;

enum { REPORT = -1, DOC = 1000, DOC_MEMORY = DOC + 5, DOC_CALLBACK = DOC + 6,
       DOC_COMMANDS = DOC + 7, DOC_CENTRALITY = DOC + 8 };

/* The callback of the DOC_CALLBACK writer: passes the bytes on to the FILE* in `arg`. */
static int to_stream(void *arg, const char *data, size_t len)
{
	return fwrite(data, 1, len, arg) == len ? 0 : -1;
}

/* A result document of the projection's centralities, built and written to `w`. */
static sn_error_t write_doc(sn_writer_t *w, sn_format_t f)
{
	/* Measures without a parallel fast path, whose threads fall back to one on failure. */
	const sn_measure_t m[] = { SN_MEASURE_DEGREE, SN_MEASURE_STRENGTH };
	sn_doc_table_t *t = NULL;
	sn_doc_t *d = NULL;
	sn_error_t err = sn_centrality_table(&t, &fx.net, SN_WEIGHT_COUNT, m, 2, true);

	if (err == SN_OK)
		err = sn_doc_new(&d, "centrality");
	if (err == SN_OK)
		err = sn_doc_meta(d, "dataset", "%s", "mini");
	if (err == SN_OK)
		err = sn_doc_meta_num(d, "nan", NAN);
	if (err == SN_OK) {
		err = sn_doc_add_table(d, t);
		t = NULL;
	}
	if (err == SN_OK)
		err = sn_doc_write(w, d, f, 0);
	sn_doc_table_free(t);
	sn_doc_free(d);
	return err;
}

/* The document as CSV in memory, then copied to `fp`. */
static sn_error_t write_doc_memory(FILE *fp)
{
	sn_writer_t *mem = NULL, *file = NULL;
	const char *data;
	size_t len;
	sn_error_t err = sn_writer_memory(&mem);

	if (err == SN_OK)
		err = write_doc(mem, SN_FORMAT_CSV);
	if (err == SN_OK && !(data = sn_writer_data(mem, &len)))
		err = sn_error_set(SN_EIO, "no data");
	if (err == SN_OK)
		err = sn_writer_file(&file, fp);
	if (err == SN_OK) {
		fwrite(data, 1, len, sn_writer_stream(file));
		err = sn_writer_flush(file);
	}
	sn_writer_free(file);
	sn_writer_free(mem);
	return err;
}

/*
 * The documents of samnet summary --structure, validate --expansions and
 * significance (every statistic, 3 samples) in one, written as CSV to `fp`.
 */
static sn_error_t write_command_docs(FILE *fp)
{
	sn_summary_doc_options_t so;
	sn_significance_doc_options_t go;
	sn_writer_t *out = NULL;
	sn_doc_t *d = NULL;
	sn_error_t err = sn_doc_new(&d, "commands");

	sn_summary_doc_options_init(&so);
	so.structure = true;
	sn_significance_doc_options_init(&go);
	go.samples = 3;
	go.statistics = "all";
	if (err == SN_OK)
		err = sn_summary_doc(d, fx.ds, &fx.net, 2024, &so);
	if (err == SN_OK)
		err = sn_validate_doc(d, fx.ds, &fx.net, NULL, true);
	if (err == SN_OK)
		err = sn_significance_doc(d, fx.ds, &fx.net, 2024, &go);
	if (err == SN_OK)
		err = sn_writer_file(&out, fp);
	if (err == SN_OK)
		err = sn_doc_write(out, d, SN_FORMAT_CSV, 0);
	sn_writer_free(out);
	sn_doc_free(d);
	return err;
}

/* samnet centrality's table, ranked by county, with populations, as CSV. */
static sn_error_t write_centrality_doc(sn_writer_t *w)
{
	sn_centrality_doc_options_t o;
	sn_doc_t *d = NULL;
	sn_error_t err = sn_doc_new(&d, "centrality");

	sn_centrality_doc_options_init(&o);
	o.measures = "degree,strength";   /* no parallel path: see write_doc() */
	o.by = SN_CENTRALITY_RANK_BY_COUNTY;
	if (err == SN_OK)
		err = sn_centrality_doc(d, fx.ds, &fx.net, 2024, &o);
	if (err == SN_OK)
		err = sn_doc_write(w, d, SN_FORMAT_CSV, 0);
	sn_doc_free(d);
	return err;
}

static sn_error_t run_doc(const writer_t *w, FILE *fp)
{
	sn_writer_t *out = NULL;
	sn_error_t err;

	if (w->format == DOC_MEMORY)
		return write_doc_memory(fp);
	if (w->format == DOC_COMMANDS)
		return write_command_docs(fp);
	if (w->format == DOC_CALLBACK)
		err = sn_writer_callback(&out, to_stream, fp);
	else
		err = sn_writer_file(&out, fp);
	if (err == SN_OK && w->format == DOC_CENTRALITY)
		err = write_centrality_doc(out);
	else if (err == SN_OK)
		err = write_doc(out, w->format == DOC_CALLBACK ? SN_FORMAT_CSV
							       : (sn_format_t)(w->format - DOC));
	/* A callback writer hands its last bytes over when freed: flush them into fp first. */
	if (err == SN_OK)
		err = sn_writer_flush(out);
	sn_writer_free(out);
	return err == SN_OK ? (fflush(fp) || ferror(fp) ? SN_EIO : SN_OK) : err;
}

static sn_error_t run_writer(const writer_t *w, FILE *fp)
{
	sn_export_t x = SN_EXPORT_INIT;

	if (w->format == REPORT)
		return sn_report_write(fp, &fx.net, NULL);
	if (w->format >= DOC)
		return run_doc(w, fp);
	x.net = &fx.net;
	x.proj = w->projection ? &fx.proj : NULL;
	x.columns = w->projection ? &fx.columns : NULL;
	return sn_export_write(fp, (sn_export_format_t)w->format, &x);
}

static const char *writer_name(const writer_t *w)
{
	static const char *const docs[] = { "doc-table", "doc-csv", "doc-tsv", "doc-json",
					    "doc-excel", "doc-memory", "doc-callback",
					    "doc-commands", "doc-centrality" };

	if (w->format >= DOC)
		return docs[w->format - DOC];
	return w->format == REPORT ? "report" : sn_export_format_name((sn_export_format_t)w->format);
}

/*
 * The writers: every format on the actor projection with columns, two
 * formats on the two-mode graph, the report, the result documents.
 */
static writer_t writer_at(int i)
{
	if (i < SN_EXPORT_FORMAT_COUNT)
		return (writer_t){ i, true };
	if (i == SN_EXPORT_FORMAT_COUNT)
		return (writer_t){ SN_EXPORT_GRAPHML, false };
	if (i == SN_EXPORT_FORMAT_COUNT + 1)
		return (writer_t){ SN_EXPORT_GEXF, false };
	if (i == SN_EXPORT_FORMAT_COUNT + 2)
		return (writer_t){ REPORT, false };
	return (writer_t){ DOC + (i - SN_EXPORT_FORMAT_COUNT - 3), false };
}

#define WRITERS (SN_EXPORT_FORMAT_COUNT + 3 + 9)

/* The number of bytes the writer produces, from a fault-free run (which also warms one-time caches). */
static size_t output_size(const writer_t *w)
{
	sink_t s;
	FILE *fp = sink_open(&s, SIZE_MAX, true);

	ck_assert_msg(run_writer(w, fp) == SN_OK, "%s: %s", writer_name(w), sn_error_last());
	ck_assert_int_eq(fclose(fp), 0);
	return s.written;
}

START_TEST(test_every_allocation_failure_is_reported_and_nothing_leaks)
{
	writer_t w = writer_at(_i);
	const char *only = getenv("FAULTS_WRITER"), *from = getenv("FAULTS_FROM");
	sink_t s;
	long k;

	if (only && strcmp(only, writer_name(&w)) != 0)
		return;
	output_size(&w);
	for (k = from ? atol(from) : 0;; k++) {
		FILE *fp = sink_open(&s, SIZE_MAX, true);
		sn_error_t err;

		if (getenv("FAULTS_VERBOSE"))
			fprintf(stderr, "%s: failing allocation %ld\n", writer_name(&w), k);
		arm(k);
		err = run_writer(&w, fp);
		disarm();
		fclose(fp);
		ck_assert_msg(!shim.overflow, "%s: live table overflow", writer_name(&w));
		if (!shim.fired) {
			ck_assert_msg(err == SN_OK, "%s: failed with no fault: %s", writer_name(&w),
				      sn_error_last());
			break;
		}
		ck_assert_msg(err != SN_OK, "%s: allocation %ld of %ld failed, yet SN_OK",
			      writer_name(&w), k, shim.allocations);
		ck_assert_msg(sn_error_last() && *sn_error_last(), "%s: no message", writer_name(&w));
		if (shim.live && getenv("FAULTS_VERBOSE"))
			print_live();
		ck_assert_msg(shim.live == 0, "%s: allocation %ld failed (%s) and %zu blocks leaked",
			      writer_name(&w), k, sn_error_last(), shim.live);
	}
	/* The sweep reached a fault-free run after failing each of the k allocations. */
	ck_assert_int_gt(k, 0);
}
END_TEST

/* Budgets 0 .. total-1: all of them up to 64 bytes, then about 200 spread over the rest. */
static void write_sweep(const writer_t *w, bool buffered)
{
	size_t total = output_size(w), step = total / 200 + 1;
	sink_t s;

	ck_assert_uint_gt(total, 0);
	for (size_t budget = 0; budget <= total; budget += budget < 64 ? 1 : step) {
		size_t b = budget < total ? budget : total - 1; /* always end at one byte short */
		FILE *fp = sink_open(&s, b, buffered);
		sn_error_t err;

		arm(-1);
		err = run_writer(w, fp);
		disarm();
		fclose(fp);
		ck_assert_msg(err == SN_EIO, "%s (%s): %zu of %zu bytes fit, got %d (%s)",
			      writer_name(w), buffered ? "buffered" : "unbuffered", b, total, err,
			      sn_error_last());
		ck_assert_msg(shim.live == 0, "%s: write failure leaked %zu blocks", writer_name(w),
			      shim.live);
	}
	{
		FILE *fp = sink_open(&s, total, buffered);
		ck_assert_int_eq(run_writer(w, fp), SN_OK);
		ck_assert_int_eq(fclose(fp), 0);
		ck_assert_uint_eq(s.written, total);
	}
}

START_TEST(test_every_write_failure_is_eio_unbuffered)
{
	writer_t w = writer_at(_i);
	write_sweep(&w, false);
}
END_TEST

START_TEST(test_every_write_failure_is_eio_buffered)
{
	writer_t w = writer_at(_i);
	write_sweep(&w, true);
}
END_TEST

/* ---- the loaders: a dataset opened, as tables, as a network (issue 18) ---------- */

/*
 * The datasets loaded under fault injection: one with projects, selectors and
 * coalitions on the bundled territories, one with its own territory table,
 * and one whose load fails with diagnostics (the error paths of the readers).
 */
static const char *const loads[] = { "mini", "norway", "../bad/unknown-references" };
#define LOADS (sizeof loads / sizeof *loads)

/* Opens fixture `name` and builds its tables and network; the result of the first failure. */
static sn_error_t run_load(const char *name)
{
	sn_dataset_t *ds = NULL;
	sn_network_t *net = NULL;
	sn_doc_t *doc = NULL;
	char *errors = NULL;
	sn_error_t err = sn_dataset_open(&ds, fixture(name), &errors);

	if (errors && getenv("FAULTS_VERBOSE"))
		fprintf(stderr, "%s", errors);
	free(errors);
	if (err == SN_OK)
		err = sn_doc_new(&doc, "dataset");
	if (err == SN_OK)
		err = sn_dataset_doc(doc, ds);
	if (err == SN_OK)
		err = sn_network_new(&net, ds, NULL);
	sn_network_free(net);
	sn_doc_free(doc);
	sn_dataset_free(ds);
	return err;
}

START_TEST(test_every_allocation_failure_of_a_load_is_reported_and_nothing_leaks)
{
	const char *name = loads[_i];
	sn_error_t clean = run_load(name);   /* the result without faults (and warm caches) */
	long k;

	ck_assert_msg(clean == SN_OK || clean == SN_EDATA, "%s: %s", name, sn_error_last());
	for (k = 0;; k++) {
		sn_error_t err;

		sn_error_set(SN_EIO, "an older message");
		arm(k);
		err = run_load(name);
		disarm();
		ck_assert_msg(!shim.overflow, "%s: live table overflow", name);
		if (!shim.fired) {
			ck_assert_msg(err == clean, "%s: %d with no fault: %s", name, err,
				      sn_error_last());
			break;
		}
		if (shim.live && getenv("FAULTS_VERBOSE"))
			print_live();
		ck_assert_msg(shim.live == 0, "%s: allocation %ld failed (%s) and %zu blocks leaked",
			      name, k, sn_error_last(), shim.live);
		/* A failure the loader absorbs (a "did you mean" hint left out) may still succeed. */
		if (err == clean)
			continue;
		ck_assert_msg(err == SN_ENOMEM, "%s: allocation %ld failed, yet %d (%s)", name, k, err,
			      sn_error_last());
		ck_assert_msg(strcmp(sn_error_last(), "an older message") != 0,
			      "%s: allocation %ld failed with an older message", name, k);
	}
	ck_assert_int_gt(k, 0);
}
END_TEST

/* The shim itself: a failed allocation is NULL, a leak is seen, a freed block is not. */
START_TEST(test_shim_fails_the_chosen_allocation_and_sees_leaks)
{
	void *a, *b, *c;

	arm(1);
	a = malloc(16);
	b = malloc(16);
	c = realloc(a, 64);
	disarm();
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_null(b);
	ck_assert(shim.fired);
	ck_assert_int_eq(shim.allocations, 3);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(shim.live, 1);
	arm(-1);
	free(c);
	disarm();
	ck_assert_uint_eq(shim.live, 0);
}
END_TEST

/*
 * The documents of samnet communities and samnet brokerage (issue 18): each
 * mode of sn_communities_doc() (one run with a partition file, an
 * ensemble, two-mode, a sweep) and sn_brokerage_doc() on tests/data/mini.
 */
#define DOC_CALLS 5

/* A partition of some of mini's actors, written once (before any fault is armed). */
static const char *partition_file(void)
{
	static char path[] = "/tmp/faults-partitionXXXXXX";
	static bool written;
	FILE *fp;
	int fd;

	if (!written) {
		ck_assert_int_ge(fd = mkstemp(path), 0);
		ck_assert_ptr_nonnull(fp = fdopen(fd, "w"));
		fputs("actor,community\nskane,a\nmalmo,b\nlu,a\nhalland,b\n", fp);
		ck_assert_int_eq(fclose(fp), 0);
		written = true;
	}
	return path;
}

static sn_error_t doc_call(int which)
{
	sn_communities_doc_options_t o;
	sn_brokerage_doc_options_t b;
	const double sweep[] = { 0.5, 1 };
	sn_doc_t *d = NULL;
	sn_error_t err = sn_doc_new(&d, "doc");

	sn_communities_doc_options_init(&o);
	sn_brokerage_doc_options_init(&b);
	if (which == 0)
		o.compare = partition_file();
	if (which == 1)
		o.runs = 3;
	if (which == 2)
		o.projection = "two-mode";
	if (which == 3) {
		o.sweep = sweep;
		o.nsweep = 2;
	}
	if (err == SN_OK)
		err = which == 4 ? sn_brokerage_doc(d, fx.ds, &fx.net, &b)
				 : sn_communities_doc(d, fx.ds, &fx.net, 2024, &o);
	sn_doc_free(d);
	return err;
}

START_TEST(test_every_allocation_failure_of_a_command_doc_is_reported)
{
	long k;

	ck_assert_int_eq(doc_call(_i), SN_OK);
	for (k = 0;; k++) {
		sn_error_t err;

		arm(k);
		err = doc_call(_i);
		disarm();
		if (!shim.fired) {
			ck_assert_msg(err == SN_OK, "doc %d: failed with no fault: %s", _i,
				      sn_error_last());
			break;
		}
		ck_assert_msg(err != SN_OK, "doc %d: allocation %ld failed, yet SN_OK", _i, k);
		ck_assert_msg(sn_error_last() && *sn_error_last(), "doc %d: no message", _i);
		if (shim.live && getenv("FAULTS_VERBOSE"))
			print_live();
		ck_assert_msg(shim.live == 0, "doc %d: allocation %ld failed (%s) and %zu blocks "
			      "leaked", _i, k, sn_error_last(), shim.live);
	}
	ck_assert_int_gt(k, 0);
	if (_i == 0)
		remove(partition_file());
}
END_TEST

static bool under_valgrind(void)
{
	const char *preload = getenv("LD_PRELOAD");
	return preload && strstr(preload, "vgpreload");
}

int main(void)
{
	Suite *s = suite_create("faults");
	TCase *shim_case = tcase_create("shim"), *alloc = tcase_create("allocation");
	TCase *writes = tcase_create("write");
	SRunner *sr;
	int failed;

	if (under_valgrind()) {
		fputs("check_faults: skipped under valgrind, which owns the allocator\n", stderr);
		return 77;
	}
	sn_setup();
	find_objects();
	tcase_add_test(shim_case, test_shim_fails_the_chosen_allocation_and_sees_leaks);
	tcase_add_checked_fixture(alloc, setup, teardown);
	tcase_add_checked_fixture(writes, setup, teardown);
	tcase_set_timeout(alloc, 600);
	tcase_set_timeout(writes, 600);
	tcase_add_loop_test(alloc, test_every_allocation_failure_is_reported_and_nothing_leaks, 0,
			    WRITERS);
	tcase_add_loop_test(alloc, test_every_allocation_failure_of_a_command_doc_is_reported, 0,
			    DOC_CALLS);
	tcase_add_loop_test(alloc, test_every_allocation_failure_of_a_load_is_reported_and_nothing_leaks,
			    0, LOADS);
	tcase_add_loop_test(writes, test_every_write_failure_is_eio_unbuffered, 0, WRITERS);
	tcase_add_loop_test(writes, test_every_write_failure_is_eio_buffered, 0, WRITERS);
	suite_add_tcase(s, shim_case);
	suite_add_tcase(s, alloc);
	suite_add_tcase(s, writes);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}

#else /* FAULTS_SKIPPED */

#include <stdio.h>

int main(void)
{
	fputs("check_faults: skipped under AddressSanitizer, which owns the allocator\n", stderr);
	return 77;
}

#endif
