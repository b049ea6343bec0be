/*
 * export/writer.c: writers onto a FILE*, into memory or through a callback
 * (samnet/writer.h), and the one CSV/TSV field quoting rule.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "export/model.h"
#include "samnet/writer.h"

typedef enum { WRITER_FILE, WRITER_MEMORY, WRITER_CALLBACK } writer_kind_t;

struct sn_writer {
	writer_kind_t kind;
	FILE *fp;            /* the stream; borrowed for WRITER_FILE, else ours */
	char *data;          /* WRITER_MEMORY: len bytes and a NUL, cap allocated */
	size_t len, cap;
	bool out_of_memory;  /* WRITER_MEMORY: a write failed for want of memory */
	sn_write_fn fn;      /* WRITER_CALLBACK */
	void *arg;
};

/* Appends to the memory buffer; fopencookie reads a short count as an error. */
static ssize_t memory_write(void *cookie, const char *buf, size_t size)
{
	sn_writer_t *w = cookie;

	if (w->len + size + 1 > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (cap < w->len + size + 1)
			cap *= 2;
		char *data = realloc(w->data, cap);
		if (!data) {
			w->out_of_memory = true;
			return 0;
		}
		w->data = data;
		w->cap = cap;
	}
	memcpy(w->data + w->len, buf, size);
	w->len += size;
	w->data[w->len] = '\0';
	return (ssize_t)size;
}

static ssize_t callback_write(void *cookie, const char *buf, size_t size)
{
	sn_writer_t *w = cookie;

	return size == 0 || w->fn(w->arg, buf, size) == 0 ? (ssize_t)size : 0;
}

static sn_error_t writer_new(sn_writer_t **out, writer_kind_t kind,
			     cookie_write_function_t *write)
{
	sn_writer_t *w = calloc(1, sizeof *w);

	*out = NULL;
	if (!w)
		return sn_error_set(SN_ENOMEM, "out of memory");
	w->kind = kind;
	if (write) {
		w->fp = fopencookie(w, "w", (cookie_io_functions_t){ .write = write });
		if (!w->fp) {
			free(w);
			return sn_error_set(SN_ENOMEM, "out of memory");
		}
	}
	*out = w;
	return SN_OK;
}

sn_error_t sn_writer_file(sn_writer_t **out, FILE *fp)
{
	sn_error_t err;

	if (!fp) {
		*out = NULL;
		return sn_error_set(SN_EINVAL, "writer: no stream");
	}
	if ((err = writer_new(out, WRITER_FILE, NULL)) == SN_OK)
		(*out)->fp = fp;
	return err;
}

sn_error_t sn_writer_memory(sn_writer_t **out)
{
	return writer_new(out, WRITER_MEMORY, memory_write);
}

sn_error_t sn_writer_callback(sn_writer_t **out, sn_write_fn fn, void *arg)
{
	sn_error_t err;

	if (!fn) {
		*out = NULL;
		return sn_error_set(SN_EINVAL, "writer: no callback");
	}
	if ((err = writer_new(out, WRITER_CALLBACK, callback_write)) == SN_OK) {
		(*out)->fn = fn;
		(*out)->arg = arg;
	}
	return err;
}

sn_error_t sn_writer_flush(sn_writer_t *w)
{
	sn_error_t err = sn__check_stream(w->fp);

	if (err != SN_OK && w->out_of_memory)
		return sn_error_set(SN_ENOMEM, "out of memory");
	return err;
}

const char *sn_writer_data(sn_writer_t *w, size_t *len_out)
{
	bool ok = w->kind == WRITER_MEMORY && sn_writer_flush(w) == SN_OK;

	if (len_out)
		*len_out = ok ? w->len : 0;
	if (!ok)
		return NULL;
	return w->data ? w->data : "";
}

FILE *sn_writer_stream(sn_writer_t *w)
{
	return w->fp;
}

void sn_writer_free(sn_writer_t *w)
{
	if (!w)
		return;
	if (w->kind == WRITER_FILE)
		fflush(w->fp);
	else
		fclose(w->fp);
	free(w->data);
	free(w);
}

