"""Result documents (samnet/doc.h) as pandas DataFrames: the one converter
every analysis goes through."""
import json

import pandas as pd

from ._ffi import check, ffi, lib, text

# The three kinds of a cell, in the order they are tried (sn_doc_table_get_*).
_KINDS = ("real", "int", "str")


class _CellReader:
    """Reads cells of one table back, trying first the kind the last cell of
    the column had, so that a typed column costs one call per cell."""

    def __init__(self, table):
        self.table = table
        self.real = ffi.new("double *")
        self.int = ffi.new("int64_t *")
        self.str = ffi.new("const char **")

    def cell(self, row, col, first):
        """(kind, value) of cell (row, col); (None, None) when it is missing."""
        for kind in (first,) + tuple(k for k in _KINDS if k != first):
            if kind == "real" and lib.sn_doc_table_get_real(self.table, row, col, self.real) == 0:
                return kind, self.real[0]
            if kind == "int" and lib.sn_doc_table_get_int(self.table, row, col, self.int) == 0:
                return kind, self.int[0]
            if kind == "str" and lib.sn_doc_table_get_str(self.table, row, col, self.str) == 0:
                return kind, text(self.str[0])
        return None, None


def _series(values, kinds):
    """A column: float64 when any cell is real, Int64 (nullable) for whole
    numbers with a missing cell, int64 for whole numbers, else text."""
    present = set(kinds) - {None}
    if present == {"int"}:
        return pd.array(values, dtype="Int64" if None in kinds else "int64")
    if present <= {"int", "real"} and present:
        return pd.array([float("nan") if v is None else float(v) for v in values],
                        dtype="float64")
    return pd.array([None if v is None else str(v) for v in values], dtype=object)


def table_frame(table):
    """The cells of one sn_doc_table_t as a DataFrame, columns under their names."""
    reader = _CellReader(table)
    nrows, ncols = lib.sn_doc_table_nrows(table), lib.sn_doc_table_ncols(table)
    columns = {}
    for col in range(ncols):
        first, values, kinds = "real", [], []
        for row in range(nrows):
            kind, value = reader.cell(row, col, first)
            first = kind or first
            values.append(value)
            kinds.append(kind)
        columns[text(lib.sn_doc_table_colname(table, col))] = _series(values, kinds)
    lib.sn_error_clear()  # the kinds tried and refused left messages
    return pd.DataFrame(columns, index=pd.RangeIndex(nrows))


def doc_meta(doc):
    """The document's metadata as a dict, read from its JSON rendering."""
    return json.loads(render(doc, lib.SN_FORMAT_JSON)).get("meta", {})


def render(doc, fmt):
    """The document rendered in format `fmt` (lib.SN_FORMAT_*) as text."""
    w = ffi.new("sn_writer_t **")
    check(lib.sn_writer_memory(w))
    try:
        check(lib.sn_doc_write(w[0], doc, fmt, 0))
        size = ffi.new("size_t *")
        data = lib.sn_writer_data(w[0], size)
        return ffi.unpack(data, size[0]).decode("utf-8")
    finally:
        lib.sn_writer_free(w[0])


def frames(doc, with_meta=False):
    """Every table of `doc` as {name: DataFrame}, in document order; each
    frame's attrs["meta"] holds the document's metadata when `with_meta`."""
    meta = doc_meta(doc) if with_meta else {}
    out = {}
    for i in range(lib.sn_doc_ntables(doc)):
        table = lib.sn_doc_table_at(doc, i)
        df = table_frame(table)
        if with_meta:
            df.attrs["meta"] = meta
        out[text(lib.sn_doc_table_name(table))] = df
    return out


class Document:
    """An owned sn_doc_t, freed when the block ends: `with Document("x") as d:`."""

    def __init__(self, command):
        out = ffi.new("sn_doc_t **")
        check(lib.sn_doc_new(out, command.encode()))
        self.ptr = out[0]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        lib.sn_doc_free(self.ptr)
        self.ptr = ffi.NULL
        return False

    def add_table(self, table):
        """Hands `table` (an sn_doc_table_t *) to the document."""
        check(lib.sn_doc_add_table(self.ptr, table))

    def frames(self, with_meta=False):
        return frames(self.ptr, with_meta)

    def render(self, fmt):
        return render(self.ptr, fmt)
