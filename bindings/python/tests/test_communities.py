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
    # the table "actors" of `samnet communities` (sn_communities_doc())
    assert list(partition.columns) == ["id", "name", "type", "county", "community",
                                       "internal_strength"]
    assert partition["community"].min() == 1


def test_seed_and_weighting_are_checked(ds):
    other = samnet.communities(ds, projection="newman", seed=7)
    assert sorted(other["id"]) == sorted(samnet.centrality(ds)["id"])
    for bad in (-1, 2 ** 64, "1"):
        with pytest.raises(samnet.Error, match="seed must be a whole number"):
            samnet.communities(ds, seed=bad)
    with pytest.raises(samnet.Error, match="unknown weighting"):
        samnet.communities(ds, projection="bogus")


@pytest.mark.parametrize("method, resolution", [("walktrap", 1.0), ("leiden", 0.5),
                                                ("louvain", 2.0)])
def test_method_and_resolution_give_the_commands_partition(ds, cli, method, resolution):
    out = cli("communities", "-f", "json", "--algorithm", method,
              "--resolution", repr(resolution), "--compare", "none")
    theirs = json.loads(out)
    ours = samnet.communities(ds, method=method, resolution=resolution)
    assert dict(zip(ours["id"], ours["community"])) == {
        r["id"]: r["community"] for r in theirs["actors"]}
    assert ours.attrs["meta"]["modularity"] == theirs["meta"]["modularity"]
    # the modularity by NetworkX of the partition returned (gamma 1, as the meta reports it)
    groups = [set(group["id"]) for _, group in ours.groupby("community")]
    assert nx.community.modularity(samnet.to_networkx(ds), groups, weight="weight") == \
        pytest.approx(theirs["meta"]["modularity"], abs=1e-12)
    with pytest.raises(samnet.Error, match="resolution must be a number"):
        samnet.communities(ds, resolution="1")
    with pytest.raises(samnet.Error):
        samnet.communities(ds, method="bogus")
