"""The binding and the samnet program of the same build give the same numbers
to the last bit: each CSV cell of `samnet ... -f csv` (round-trip precision)
is parsed and compared with == against the DataFrame."""
import csv
import io

import pytest

import samnet


def rows(text, table=0):
    """The rows of the table-th CSV table of `text` (tables are separated by a blank line)."""
    return list(csv.DictReader(io.StringIO(text.split("\n\n")[table])))


def same(frame, cli_rows, key, columns):
    ours = frame.set_index(key)
    assert sorted(ours.index) == sorted(r[key] for r in cli_rows)
    for r in cli_rows:
        for c in columns:
            assert ours.loc[r[key], c] == float(r[c]), (r[key], c)


@pytest.mark.parametrize("projection", ["count", "newman"])
def test_centrality_equals_the_cli_csv(ds, cli, projection):
    measures = ["degree", "betweenness", "closeness", "harmonic_w", "pagerank", "eigenvector"]
    out = cli("centrality", "-f", "csv", "--projection", projection,
              "--measures", ",".join(measures))
    frame = samnet.centrality(ds, measures, projection=projection)
    # one library call, sn_centrality_doc(): the command's table, its columns and its order
    assert list(frame.columns) == list(rows(out)[0].keys())
    assert list(frame["id"]) == [r["id"] for r in rows(out)]
    same(frame, rows(out), "id", measures)


def test_coalition_equals_the_cli_csv(ds, cli):
    out = cli("coalition", "-c", "sydsverige", "-f", "csv")
    ours = samnet.coalition(ds, "sydsverige")
    theirs = {r["measure"]: float(r["value"]) for r in rows(out, 0)}
    for measure, value in zip(ours["coalition"]["measure"], ours["coalition"]["value"]):
        assert value == theirs[measure], measure
    same(ours["members"], rows(out, 1), "id", ["population", "population_share", "pagerank"])
    assert list(ours) == ["coalition", "members", "shared_projects"]
    assert list(ours["shared_projects"].columns) == list(rows(out, 2)[0].keys())


@pytest.mark.parametrize("args, kwargs", [
    (["-c", "sydsverige"], {"coalition": "sydsverige"}),
    (["--rule", "qualified"], {"rule": "qualified"}),
    (["--players", "region-12,region-13,region-07", "--weight", "equal", "--quota", "2"],
     {"players": ["region-12", "region-13", "region-07"], "weight": "equal", "quota": 2}),
    (["--weights", "4,4,4,2,2,1", "--quota", "12"],
     {"weights": [4, 4, 4, 2, 2, 1], "quota": 12}),
])
def test_power_equals_the_cli_csv(ds, cli, args, kwargs):
    out = rows(cli("power", "-f", "csv", *args))
    ours = samnet.power(None if "weights" in kwargs else ds, **kwargs)
    assert list(ours.columns) == list(out[0].keys())
    same(ours, out, "id", [c for c in ours.columns if c not in ("id", "name")])
