"""Result documents (samnet/doc.h) as pandas DataFrames: the one converter
every analysis goes through."""
import json
import math

import numpy as np
import pandas as pd

from ._ffi import check, ffi, lib, text


def _readers():
    """kind -> (getter, out-buffer, conversion) for the three kinds of a cell
    (sn_doc_table_get_real/int/str); numbers need no conversion."""
    return {"real": (lib.sn_doc_table_get_real, ffi.new("double *"), None),
            "int": (lib.sn_doc_table_get_int, ffi.new("int64_t *"), None),
            "str": (lib.sn_doc_table_get_str, ffi.new("const char **"), _text)}


def _text(ptr):
    return ffi.string(ptr).decode("utf-8")


# The kind of cell a column declared with an sn_coltype_t holds.
_KIND_OF_TYPE = {lib.SN_COL_STR: "str", lib.SN_COL_INT: "int", lib.SN_COL_REAL: "real",
                 lib.SN_COL_SHARE: "real"}


def _coltype(table, col):
    out = ffi.new("sn_coltype_t *")
    check(lib.sn_doc_table_coltype(table, col, out))
    return _KIND_OF_TYPE[out[0]]


_ABSENT = object()  # a cell the column's own getter could not read


def _column(table, col, nrows, kind, readers):
    """The cells of column `col`, declared of `kind`, and the set of the kinds
    found (None: a missing cell).  A cell is read with the getter of its
    column's kind; only a cell of another kind (any kind may go in any
    column) or a missing one costs the other getters."""
    get, buf, convert = readers[kind]
    if convert is None:
        values = [buf[0] if get(table, row, col, buf) == 0 else _ABSENT for row in range(nrows)]
    else:
        values = [convert(buf[0]) if get(table, row, col, buf) == 0 else _ABSENT
                  for row in range(nrows)]
    kinds = {kind}
    for row, value in enumerate(values):
        if value is _ABSENT:
            values[row] = _other_kind(table, row, col, kind, readers, kinds)
    return values, kinds


def _other_kind(table, row, col, kind, readers, kinds):
    """Cell (row, col) read as another kind than `kind`, that kind added to
    `kinds` (None, the cell's value, when it is missing)."""
    for other, (get, buf, convert) in readers.items():
        if other != kind and get(table, row, col, buf) == 0:
            kinds.add(other)
            return buf[0] if convert is None else convert(buf[0])
    kinds.add(None)
    return None


def _series(values, kinds):
    """A column: int64 for whole numbers (Int64, nullable, with a missing
    cell), float64 when any cell is real (NaN when missing), else text
    (None when missing).  An empty column has its declared kind's type."""
    present = kinds - {None}
    if present == {"int"}:
        if None in kinds:
            return pd.array(values, dtype="Int64")
        return np.array(values, dtype=np.int64)
    if present and present <= {"int", "real"}:
        if None in kinds:
            values = [math.nan if v is None else v for v in values]
        return np.array(values, dtype=np.float64)
    if present - {"str"}:
        values = [None if v is None else str(v) for v in values]
    return np.array(values, dtype=object)


def table_frame(table):
    """The cells of one sn_doc_table_t as a DataFrame, columns under their names."""
    readers = _readers()
    nrows, ncols = lib.sn_doc_table_nrows(table), lib.sn_doc_table_ncols(table)
    names, columns = [], []
    for col in range(ncols):
        values, kinds = _column(table, col, nrows, _coltype(table, col), readers)
        names.append(text(lib.sn_doc_table_colname(table, col)))
        columns.append(_series(values, kinds))
    lib.sn_error_clear()  # a cell of another kind than its column's left a message
    if len(set(names)) == ncols:
        return pd.DataFrame(dict(zip(names, columns)), index=range(nrows), copy=False)
    frame = pd.DataFrame(dict(enumerate(columns)), index=range(nrows), copy=False)
    frame.columns = names  # a name given twice stays twice
    return frame


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
