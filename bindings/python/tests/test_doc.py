"""The one converter from result documents to DataFrames, on a document
built here cell by cell: kinds, missing cells, NaN, shares, names given
twice, text that is not ASCII, and the metadata."""
import math

import numpy as np
import pandas as pd

from samnet._doc import Document
from samnet._ffi import check, ffi, lib


def build(doc):
    out = ffi.new("sn_doc_table_t **")
    check(lib.sn_doc_table_new(out, b"rows", ffi.NULL))
    t = out[0]
    for name, kind in ((b"name", lib.SN_COL_STR), (b"count", lib.SN_COL_INT),
                       (b"value", lib.SN_COL_REAL), (b"share", lib.SN_COL_SHARE),
                       (b"mixed", lib.SN_COL_REAL), (b"sparse", lib.SN_COL_INT),
                       (b"value", lib.SN_COL_REAL)):
        check(lib.sn_doc_table_column(t, name, kind))
    rows = [("Västra Götaland", 3, 0.1, 0.25, 6, 7, 1.5),
            ("=1+1,\"x\"\n", -2, math.nan, 1.0, 0.5, None, math.inf)]
    for row in rows:
        check(lib.sn_doc_table_row(t))
        check(lib.sn_doc_table_str(t, 0, row[0].encode()))
        check(lib.sn_doc_table_int(t, 1, row[1]))
        check(lib.sn_doc_table_real(t, 2, row[2]))
        check(lib.sn_doc_table_real(t, 3, row[3]))
        if isinstance(row[4], int):
            check(lib.sn_doc_table_int(t, 4, row[4]))
        else:
            check(lib.sn_doc_table_real(t, 4, row[4]))
        if row[5] is not None:
            check(lib.sn_doc_table_int(t, 5, row[5]))
        check(lib.sn_doc_table_real(t, 6, row[6]))
    check(lib.sn_doc_meta_int(doc.ptr, b"year", 2024))
    doc.add_table(t)


def test_cells_come_back_with_their_kinds():
    with Document("demo") as doc:
        build(doc)
        frames = doc.frames(with_meta=True)
    df = frames["rows"]
    assert list(df.columns) == ["name", "count", "value", "share", "mixed", "sparse", "value"]
    assert list(df["name"]) == ["Västra Götaland", "=1+1,\"x\"\n"]
    assert df["count"].dtype == np.int64 and list(df["count"]) == [3, -2]
    assert df.iloc[:, 2].dtype == np.float64 and df.iloc[0, 2] == 0.1 and math.isnan(df.iloc[1, 2])
    assert list(df["share"]) == [0.25, 1.0]  # shares are fractions of 1
    assert df["mixed"].dtype == np.float64 and list(df["mixed"]) == [6.0, 0.5]
    assert df["sparse"].dtype == "Int64" and df["sparse"][0] == 7 and df["sparse"][1] is pd.NA
    assert df.iloc[1, 6] == math.inf
    assert df.attrs["meta"]["year"] == 2024


def test_an_empty_document_has_no_frames():
    with Document("empty") as doc:
        assert doc.frames() == {}


def test_an_empty_table_keeps_the_declared_column_types():
    # sn_doc_table_coltype(): with no cell to read, the dtype is the column's declared type
    with Document("empty") as doc:
        out = ffi.new("sn_doc_table_t **")
        check(lib.sn_doc_table_new(out, b"none", ffi.NULL))
        for name, kind in ((b"s", lib.SN_COL_STR), (b"i", lib.SN_COL_INT),
                           (b"r", lib.SN_COL_REAL), (b"p", lib.SN_COL_SHARE)):
            check(lib.sn_doc_table_column(out[0], name, kind))
        doc.add_table(out[0])
        df = doc.frames()["none"]
    assert len(df) == 0
    assert [str(t) for t in df.dtypes] == ["object", "int64", "float64", "float64"]
