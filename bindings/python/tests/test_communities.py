"""communities(): the partition's modularity by NetworkX and python-igraph
equals the one `samnet communities` reports, and the partition is the
command's (`samnet export --with communities`)."""
import csv
import io
import json

import pytest

import samnet

nx = pytest.importorskip("networkx")


@pytest.fixture(scope="module")
def partition(ds):
    return samnet.communities(ds)


def test_modularity_by_networkx_and_igraph_is_the_commands(ds, cli, partition):
    meta = json.loads(cli("communities", "-f", "json"))["meta"]
    assert partition["community"].nunique() == meta["communities"]
    g = samnet.to_networkx(ds)
    groups = [set(group["id"]) for _, group in partition.groupby("community")]
    assert nx.community.modularity(g, groups, weight="weight") == pytest.approx(
        meta["modularity"], abs=1e-12)
    igraph = pytest.importorskip("igraph")
    ig = samnet.to_igraph(ds)
    community = dict(zip(partition["id"], partition["community"]))
    assert ig.modularity([community[v] - 1 for v in ig.vs["name"]],
                         weights="weight") == pytest.approx(meta["modularity"], abs=1e-12)


def test_partition_is_the_exported_one(ds, cli, partition):
    out = cli("export", "--graph", "actors", "--format", "csv-nodes", "--with", "communities")
    exported = {r["id"]: int(r["community"]) for r in csv.DictReader(io.StringIO(out))}
    assert dict(zip(partition["id"], partition["community"])) == exported
    assert list(partition.columns) == ["id", "name", "community"]
    assert partition["community"].min() == 1


def test_seed_and_weighting_are_checked(ds):
    other = samnet.communities(ds, projection="newman", seed=7)
    assert list(other["id"]) == list(samnet.centrality(ds)["id"])
    for bad in (-1, 2 ** 64, "1"):
        with pytest.raises(samnet.Error, match="seed must be a whole number"):
            samnet.communities(ds, seed=bad)
    with pytest.raises(samnet.Error, match="unknown weighting"):
        samnet.communities(ds, projection="bogus")
