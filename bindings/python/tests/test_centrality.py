"""centrality() against NetworkX and python-igraph on the same graph: the
actor projection as the library exports it (to_networkx/to_igraph), whose
ties are first checked against a projection built here from the
memberships table by brute force."""
import itertools
import math
from collections import Counter

import pytest

import samnet

nx = pytest.importorskip("networkx")
TOL = 1e-12


@pytest.fixture(scope="module")
def graph(ds):
    return samnet.to_networkx(ds)


@pytest.fixture(scope="module")
def table(ds):
    measures = ["degree", "strength", "betweenness", "betweenness_w", "closeness",
                "closeness_w", "harmonic"]
    return samnet.centrality(ds, measures).set_index("id")


def test_projection_ties_are_the_pairs_sharing_a_project(ds, graph):
    shared = Counter()
    for _, group in ds.memberships.groupby("project"):
        for a, b in itertools.combinations(sorted(group["actor"]), 2):
            shared[(a, b)] += 1
    ties = {tuple(sorted((a, b))): d["shared"] for a, b, d in graph.edges(data=True)}
    assert ties == {pair: float(n) for pair, n in shared.items()}
    # count weighting: the weight is the number of shared projects
    assert all(d["weight"] == d["shared"] for _, _, d in graph.edges(data=True))


def test_rows_are_the_network_actors_with_an_id_column(ds, graph, table):
    assert set(table.index) == set(graph.nodes)
    # the columns of `samnet centrality` (sn_centrality_doc()), ranked by the first measure
    frame = samnet.centrality(ds)
    assert list(frame.columns) == ["rank", "id", "name", "type", "county", "population",
                                   "partner_population", "degree", "betweenness"]
    assert list(frame["rank"]) == list(range(1, len(frame) + 1))
    assert frame["degree"].is_monotonic_decreasing


def close(ours, theirs):
    assert set(ours.index) == set(theirs)
    worst = max(abs(ours[k] - theirs[k]) for k in theirs)
    assert worst <= TOL, worst


def test_degree_strength_match_networkx(graph, table):
    n = graph.number_of_nodes()
    close(table["degree"], {v: d / (n - 1) for v, d in graph.degree()})
    close(table["strength"], dict(graph.degree(weight="weight")))


def test_betweenness_matches_networkx(graph, table):
    close(table["betweenness"], nx.betweenness_centrality(graph, normalized=True))
    lengths = graph.copy()
    for _, _, d in lengths.edges(data=True):
        d["length"] = 1 / d["weight"]
    close(table["betweenness_w"], nx.betweenness_centrality(lengths, normalized=True,
                                                            weight="length"))
    close(table["closeness_w"], nx.closeness_centrality(lengths, distance="length",
                                                        wf_improved=False))


def test_closeness_and_harmonic_match_networkx(graph, table):
    # samnet's closeness counts reachable actors only: NetworkX without the
    # Wasserman-Faust scaling (the bundled projection is connected anyway).
    close(table["closeness"], nx.closeness_centrality(graph, wf_improved=False))
    n = graph.number_of_nodes()
    close(table["harmonic"], {v: h / (n - 1) for v, h in nx.harmonic_centrality(graph).items()})


def test_degree_betweenness_closeness_match_igraph(ds, table):
    igraph = pytest.importorskip("igraph")
    g = samnet.to_igraph(ds)
    assert isinstance(g, igraph.Graph)
    n = g.vcount()
    ids = g.vs["name"]
    close(table["degree"], dict(zip(ids, (d / (n - 1) for d in g.degree()))))
    close(table["betweenness"],
          dict(zip(ids, (b * 2 / ((n - 1) * (n - 2)) for b in g.betweenness()))))
    close(table["closeness"], dict(zip(ids, g.closeness(normalized=True))))
    assert g.vs["label"][ids.index("region-12")] == "Region Skåne"
    assert g.ecount() == len(list(samnet.to_networkx(ds).edges))


def test_raw_values_and_other_weightings(ds, graph):
    raw = samnet.centrality(ds, "degree", normalized=False).set_index("id")
    close(raw["degree"], dict(graph.degree()))
    newman = samnet.to_networkx(ds, projection="newman")
    table = samnet.centrality(ds, ["strength"], projection="newman").set_index("id")
    close(table["strength"], dict(newman.degree(weight="weight")))


def test_project_projection_and_two_mode_graph(ds):
    projects = samnet.to_networkx(ds, graph="projects")
    assert set(projects.nodes) == set(ds.projects["id"])
    two = samnet.to_networkx(ds, graph="two-mode")
    assert two.number_of_edges() == len(ds.memberships)
    with pytest.raises(samnet.Error, match="graph must be one of"):
        samnet.to_networkx(ds, graph="bogus")


def test_unknown_measure_and_weighting_are_errors_with_the_library_message(ds):
    with pytest.raises(samnet.Error, match=r"unknown measure 'nosuch'; known: degree, "):
        samnet.centrality(ds, ["degree", "nosuch"])
    with pytest.raises(samnet.Error, match=r"unknown weighting 'bogus'"):
        samnet.centrality(ds, projection="bogus")
    with pytest.raises(samnet.Error):
        samnet.centrality(ds, [])
    with pytest.raises(samnet.Error, match="must be a string"):
        samnet.centrality(ds, [3])
    with pytest.raises(samnet.Error, match="measure 'degree' is listed twice"):
        samnet.centrality(ds, ["degree", "betweenness", "degree"])
    # the error is not sticky: the next call works
    assert math.isfinite(samnet.centrality(ds, ["degree"])["degree"].sum())

