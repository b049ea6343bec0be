"""samnet's analyses as pandas DataFrames, each one call into libsamnet."""
import csv
import io
import math

import pandas as pd

from ._doc import Document
from ._ffi import Error, check, ffi, lib, text

_GRAPHS = {"actors": lib.SN_MODE_ACTORS, "projects": lib.SN_MODE_PROJECTS, "two-mode": None}


def _encode(value, what):
    """A str argument as UTF-8 bytes for C (samnet.Error for another type)."""
    if not isinstance(value, str):
        raise Error(f"{what} must be a string, not {type(value).__name__}")
    if "\0" in value:
        raise Error(f"{what} holds a NUL character")
    return value.encode("utf-8")


class Dataset:
    """A dataset loaded once by libsamnet, with its two-mode network built,
    for any number of analyses.  `actors`, `projects`, `memberships` and
    `territories` are DataFrames (sn_dataset_doc()); `year` is the default
    population year; `warnings` the loader's warnings, one line each."""

    def __init__(self, ptr, path, warnings):
        self._ptr = ptr
        self.path = path
        self.warnings = warnings
        self.year = lib.sn_dataset_default_year(ptr)
        net = ffi.new("sn_network_t **")
        check(lib.sn_network_new(net, ptr, ffi.NULL))
        self._net = net[0]
        self._tables = None

    def close(self):
        """Frees the library's dataset now (also done when the object goes)."""
        if getattr(self, "_net", ffi.NULL) != ffi.NULL:
            lib.sn_network_free(self._net)
            self._net = ffi.NULL
        if getattr(self, "_ptr", ffi.NULL) != ffi.NULL:
            lib.sn_dataset_free(self._ptr)
            self._ptr = ffi.NULL

    __del__ = close

    def _handles(self):
        if self._ptr == ffi.NULL:
            raise Error("the dataset was closed")
        return self._ptr, self._net

    def _table(self, name):
        if self._tables is None:
            ds, _ = self._handles()
            with Document("dataset") as doc:
                check(lib.sn_dataset_doc(doc.ptr, ds))
                self._tables = doc.frames()
        return self._tables[name].copy()

    actors = property(lambda self: self._table("actors"), doc="One row per actor.")
    projects = property(lambda self: self._table("projects"), doc="One row per project.")
    memberships = property(lambda self: self._table("memberships"),
                           doc="One row per (project, actor) pair.")
    territories = property(lambda self: self._table("territories"),
                           doc="The territory tree with populations in `year`.")

    def __repr__(self):
        ds, _ = self._handles()
        return f"<samnet.Dataset {self.path!r}: {lib.sn_dataset_nactors(ds)} actors>"


def load_dataset(path=None):
    """Loads the dataset in folder `path` (None: the bundled Swedish one) as
    `samnet` does.  samnet.Error with every diagnostic ("FILE:LINE:COL:
    message" lines) when it cannot be loaded."""
    out = ffi.new("sn_dataset_t **")
    errors = ffi.new("char **")
    c_path = ffi.NULL if path is None else _encode(str(path), "path")
    err = lib.sn_dataset_open(out, c_path, errors)
    report = text(errors[0]) or ""
    lib.free(errors[0])
    if err != lib.SN_OK:
        raise Error(report.strip() or text(lib.sn_error_last()), text(lib.sn_error_name(err)))
    label = text(lib.sn_bundled_data_dir()) + "/sweden" if path is None else str(path)
    return Dataset(out[0], label, report.splitlines())


def _weighting(projection):
    out = ffi.new("sn_weighting_t *")
    check(lib.sn_weighting_parse(_encode(projection, "projection"), out))
    return out[0]


def _measures(names):
    if isinstance(names, str):
        names = [names]
    names = list(names)
    for name in names:
        if names.count(name) > 1:
            raise Error(f"measure '{name}' is listed twice")
    out = ffi.new("sn_measure_t[]", max(len(names), 1))
    for i, name in enumerate(names):
        check(lib.sn_measure_parse(_encode(name, "measure"), out + i))
    return out, len(names)


def centrality(ds, measures=("degree", "betweenness"), projection="count", normalized=True):
    """Per-actor centrality on the actor projection weighted by `projection`
    (count, newman, jaccard, overlap): columns id, name and the measures under
    their registry names (`samnet centrality --help` lists them), one row per
    actor of the network in its order (sn_centrality_table())."""
    _, net = ds._handles()
    m, n = _measures(measures)
    weighting = _weighting(projection)
    out = ffi.new("sn_doc_table_t **")
    with Document("centrality") as doc:
        check(lib.sn_centrality_table(out, net, weighting, m, n, bool(normalized)))
        doc.add_table(out[0])
        return doc.frames()["centrality"]


def _seed(seed):
    if not isinstance(seed, int) or not 0 <= seed < 2 ** 64:
        raise Error(f"seed must be a whole number from 0 to {2 ** 64 - 1}, not {seed!r}")
    return seed


def communities(ds, projection="count", seed=1):
    """Leiden communities (modularity, resolution 1, seeded with `seed`, as
    `samnet communities` and the report find them by default) of the actor
    projection weighted by `projection`: one row per actor of the network
    with id, name and community (numbered from 1)."""
    _, net = ds._handles()
    summary = ffi.new("sn_network_summary_t *")
    check(lib.sn_network_summarize(summary, net, ffi.NULL))
    nactors = summary.actors
    columns = ffi.new("sn_columns_t *")
    lib.sn_columns_init(columns, nactors + summary.projects)
    proj = ffi.new("sn_projection_t **")
    try:
        check(lib.sn_projection_new(proj, net, lib.SN_MODE_ACTORS, _weighting(projection), 0))
        check(lib.sn_columns_add_standard(columns, net, proj[0], lib.SN_COLUMNS_COMMUNITIES,
                                          ds.year, _seed(seed)))
        k = lib.sn_columns_find(columns, b"community")
        values = columns.items[k].ints if k >= 0 else None
        return pd.DataFrame({
            "id": [text(lib.sn_network_vertex_id(net, v)) for v in range(nactors)],
            "name": [text(lib.sn_network_vertex_name(net, v)) for v in range(nactors)],
            "community": [values[v] for v in range(nactors)] if values else [1] * nactors})
    finally:
        lib.sn_projection_free(proj[0])
        lib.sn_columns_destroy(columns)


class _Indices:
    """Actor indices owned by C (malloc'd), freed when the block ends."""

    def __init__(self, fill):
        self.ptr, self.count = ffi.new("size_t **"), ffi.new("size_t *")
        check(fill(self.ptr, self.count))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        lib.free(self.ptr[0])
        return False


def _year(ds, year):
    """The population year: the dataset's default when None."""
    if year is None:
        return ds.year
    if not isinstance(year, int):
        raise Error(f"year must be a whole number, not {year!r}")
    return year


def coalition(ds, name=None, members=None, year=None, projection="count"):
    """A coalition's weight: the named coalition of coalitions.csv `name`, or
    the actors `members` (ids and selectors such as "regions:06,07", a list
    or a comma-separated string).  Returns {"coalition": measure/value rows
    (members, members_in_network, population, national_population, population_share,
    pagerank_share, strength_share, ratio), "members": one row per member
    (id, name, type, population, population_share, pagerank)}; the rows and
    columns are those of `samnet coalition` that need no igraph type.  Population is
    the union of the territories the members represent in `year`; the
    shares of PageRank and strength are of the actor projection weighted by
    `projection`."""
    dsp, net = ds._handles()
    if (name is None) == (members is None):
        raise Error("coalition: give a coalition name or members, not both or neither")
    if name is not None:
        sel = _encode(f"coalition={name}", "name")
        picked = _Indices(lambda out, n: lib.sn_players_select(out, n, dsp, sel))
    else:
        spec = members if isinstance(members, str) else ",".join(map(str, members))
        spec = _encode(spec, "members")
        picked = _Indices(lambda out, n: lib.sn_coalition_members_parse(out, n, dsp, spec))
    with picked:
        return _coalition_frames(ds, picked.ptr[0], picked.count[0], _year(ds, year), projection)


def _coalition_frames(ds, idx, n, year, projection):
    dsp, net = ds._handles()
    pop, share = ffi.new("int64_t *"), ffi.new("double *")
    check(lib.sn_coalition_population(pop, share, dsp, idx, n, year))
    national = ffi.new("int64_t *")
    check(lib.sn_network_population(net, year, ffi.NULL, national))
    cent = centrality(ds, ["pagerank", "strength"], projection, normalized=False)
    in_network = ffi.new("size_t *")
    shares = {}
    # PageRank sums to 1: its share is the members' sum (sn_coalition_profile()'s rule);
    # strength's is that sum over the total.
    for measure in ("pagerank", "strength"):
        values = ffi.new("double[]", cent[measure].tolist())
        share_out, sum_out = ffi.new("double *"), ffi.new("double *")
        check(lib.sn_coalition_share(share_out, sum_out, in_network, net, 0, values, len(cent),
                                     idx, n))
        shares[measure] = sum_out[0] if measure == "pagerank" else share_out[0]
    summary = pd.DataFrame({
        "measure": ["members", "members_in_network", "population", "national_population",
                    "population_share", "pagerank_share", "strength_share", "ratio"],
        "value": [n, in_network[0], pop[0], national[0], share[0], shares["pagerank"],
                  shares["strength"],
                  shares["pagerank"] / share[0] if share[0] > 0 else math.nan]})
    pagerank = dict(zip(cent["id"], cent["pagerank"]))
    rows = []
    for i in range(n):
        a = idx[i]
        check(lib.sn_coalition_population(pop, share, dsp, idx + i, 1, year))
        actor_id = text(lib.sn_dataset_actor_id(dsp, a))
        rows.append((actor_id, text(lib.sn_dataset_actor_name(dsp, a)),
                     text(lib.sn_actor_type_name(lib.sn_dataset_actor_type(dsp, a))),
                     pop[0], share[0], pagerank.get(actor_id, math.nan)))
    members = pd.DataFrame(rows, columns=["id", "name", "type", "population",
                                          "population_share", "pagerank"])
    return {"coalition": summary, "members": members}


class _Players:
    """An sn_players_t and the game built on it, destroyed when the block ends."""

    def __init__(self):
        self.p = ffi.new("sn_players_t *")
        lib.sn_players_init(self.p)
        self.game = ffi.new("sn_game_t **")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        lib.sn_game_free(self.game[0])
        lib.sn_players_destroy(self.p)
        return False


def _opt(value, what):
    return ffi.NULL if value is None else _encode(str(value), what)


def power(ds=None, players=None, rule=None, quota=None, weight=None, coalition=None,
          weights=None, names=None, indices=None, method=None, year=None):
    """A priori voting power, as `samnet power` computes it: one row per
    player with id, name, weight, weight_share, every computed index
    (banzhaf, banzhaf_abs, shapley, ...) and the ratios of power share to
    weight share.  Players are actors of `ds` chosen by `players`
    ("type=region", the default, or ids, a list or "id,id"), or the members
    of `coalition`, weighted by `weight` (population, sqrt-population,
    equal or an actor column) in `year`; or typed `weights` (a list, no
    dataset needed) with `names`.  A coalition wins when it meets `rule`
    (majority, qualified, double, unanimity or a vector rule such as
    "members>=11 and population>=65%") or else `quota` ("N", "N%", ">50%",
    the default).  `indices` ("banzhaf,shapley", "all", "cheap") and `method`
    (auto, exact, brute, montecarlo) as in the command.  The frame's
    attrs["meta"] records the methods used and the number of winning
    coalitions."""
    with _Players() as pl:
        _load_players(pl.p, ds, players, coalition, weight, weights, names, year, rule)
        if rule is not None:
            text_of_rule = _encode(rule, "rule")
            preset = lib.sn_rule_preset(text_of_rule)  # "qualified" -> its rule, else NULL
            check(lib.sn_players_game_rule(pl.game, pl.p,
                                           text_of_rule if preset == ffi.NULL else preset))
        else:
            check(lib.sn_players_game(pl.game, pl.p, _opt(quota, "quota")))
        if isinstance(indices, (list, tuple)):
            indices = ",".join(indices)
        opts = ffi.new("sn_power_options_t *")
        check(lib.sn_power_options_parse(opts, pl.game[0], _opt(method, "method"),
                                         _opt(indices, "indices")))
        result = ffi.new("sn_power_result_t *")
        lib.sn_power_result_init(result)
        try:
            check(lib.sn_power_compute(result, pl.game[0], opts))
            return _power_frame(pl.p, result)
        finally:
            lib.sn_power_result_destroy(result)


def _load_players(p, ds, players, coalition, weight, weights, names, year, rule):
    if weights is not None:
        _typed_players(p, weights, names)
        return
    if ds is None:
        raise Error("power: give a dataset or typed weights")
    dsp, _ = ds._handles()
    if coalition is not None:
        selector = f"coalition={coalition}"
    elif players is None or isinstance(players, str):
        selector = players
    else:
        selector = ",".join(map(str, players))
    sel = _opt(selector, "players")
    with _Indices(lambda out, n: lib.sn_players_select(out, n, dsp, sel)) as picked:
        check(lib.sn_players_from_dataset(p, dsp, picked.ptr[0], picked.count[0],
                                          _opt(weight, "weight"), _year(ds, year),
                                          rule is not None))


def _typed_players(p, weights, names):
    try:
        w = ffi.new("double[]", [float(x) for x in weights])
    except (TypeError, ValueError) as e:
        raise Error(f"weights: {e}") from None
    if names is not None and len(names) != len(weights):
        raise Error(f"names gives {len(names)} names for {len(weights)} weights")
    # the buffers stay referenced by `keep` until the call returns
    keep = [ffi.new("char[]", _encode(str(x), "names")) for x in names or []]
    c_names = ffi.new("const char *[]", keep) if names else ffi.NULL
    check(lib.sn_players_typed(p, w, c_names, len(weights)))


def _power_frame(p, r):
    n = p.n
    total = lib.sn_players_weight_of(p, ffi.NULL, n)
    shown = [p.shown[i] for i in range(n)]
    share = [w / total if total > 0 else math.nan for w in shown]
    cols = {"id": [text(p.id[i]) for i in range(n)],
            "name": [text(p.name[i]) for i in range(n)],
            "weight": shown, "weight_share": share}
    name = ffi.new("const char **")
    for k in range(POWER_COLUMNS):
        values = lib.sn_power_result_column(r, k, name)
        if values != ffi.NULL:
            cols[text(name[0])] = list(ffi.unpack(values, n))
    for index in ("banzhaf", "shapley"):
        if index in cols:
            cols[index + "_ratio"] = [v / s if s > 0 else math.nan
                                      for v, s in zip(cols[index], share)]
    df = pd.DataFrame(cols)
    meta = {"players": n, "weight": text(p.weight_name), "scale": p.scale}
    for bit in range(len(r.method)):
        if r.indices >> bit & 1:
            meta["method " + text(lib.sn_power_index_name(1 << bit))] = text(
                lib.sn_power_method_name(r.method[bit]))
    meta["winning coalitions"] = r.winning
    df.attrs["meta"] = meta
    return df


POWER_COLUMNS = 17  # SN_POWER_RESULT_COLUMNS


def _export_csv(ds, graph, projection, fmt):
    """The nodes or edges CSV the library exports for `graph`, as rows of text."""
    _, net = ds._handles()
    if graph not in _GRAPHS:
        raise Error(f"graph must be one of {', '.join(_GRAPHS)}, not '{graph}'")
    x = ffi.new("sn_export_t *", {"net": net, "seed": 1})
    proj = ffi.new("sn_projection_t **")
    w = ffi.new("sn_writer_t **")
    try:
        if _GRAPHS[graph] is not None:
            check(lib.sn_projection_new(proj, net, _GRAPHS[graph], _weighting(projection), 0))
            x.proj = proj[0]
        check(lib.sn_writer_memory(w))
        check(lib.sn_export_write_to(w[0], fmt, x))
        size = ffi.new("size_t *")
        data = ffi.unpack(lib.sn_writer_data(w[0], size), size[0]).decode("utf-8")
    finally:
        lib.sn_writer_free(w[0])
        lib.sn_projection_free(proj[0])
    return list(csv.DictReader(io.StringIO(data)))


def _graph_parts(ds, graph, projection):
    nodes = _export_csv(ds, graph, projection, lib.SN_EXPORT_CSV_NODES)
    edges = _export_csv(ds, graph, projection, lib.SN_EXPORT_CSV_EDGES)
    for e in edges:
        for key in ("weight", "shared"):
            if key in e:
                e[key] = float(e[key])
    return nodes, edges


def to_networkx(ds, projection="count", graph="actors"):
    """The actor projection weighted by `projection` (or graph="projects" or
    "two-mode") as a networkx.Graph built from the library's export: nodes
    keyed by id with the export's attributes (name, type, territory, ...),
    edges with weight and shared (the number of shared projects)."""
    import networkx as nx
    nodes, edges = _graph_parts(ds, graph, projection)
    g = nx.Graph()
    g.add_nodes_from((n.pop("id"), n) for n in nodes)
    g.add_edges_from((e.pop("source"), e.pop("target"), e) for e in edges)
    return g


def to_igraph(ds, projection="count", graph="actors"):
    """As to_networkx(), as an igraph.Graph: vertex attribute "name" holds the
    id (igraph's key for vertices), "label" the actor's name, the others the
    export's columns; edges carry weight and shared."""
    import igraph
    nodes, edges = _graph_parts(ds, graph, projection)
    index = {n["id"]: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[e["source"]], index[e["target"]])
                                          for e in edges])
    for key in (nodes[0] if nodes else {}):
        target = {"id": "name", "name": "label"}.get(key, key)
        g.vs[target] = [n[key] for n in nodes]
    for key in ("weight", "shared"):
        g.es[key] = [e[key] for e in edges]
    return g
