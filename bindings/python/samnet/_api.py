"""samnet's analyses as pandas DataFrames, each one call into libsamnet."""
import csv
import io

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


def _set_text(o, field, value, what, keep):
    """Points text field `field` of options struct `o` at a C copy of `value`
    (NULL for None), kept alive by the list `keep` until the call returns."""
    if value is None:
        setattr(o, field, ffi.NULL)
        return
    keep.append(ffi.new("char[]", _encode(value, what)))
    setattr(o, field, keep[-1])


def _analysis(command, call, options, with_meta=False):
    """The frames of one library call `call(doc, ds, net, year, options)`
    (an sn_*_doc() of samnet/*_doc.h) into a fresh document: {table: DataFrame}."""
    with Document(command) as doc:
        check(call(doc.ptr, *options))
        return doc.frames(with_meta)


def _measures(names):
    """The measure list as the comma-separated text of --measures."""
    if isinstance(names, str):
        names = [names]
    return ",".join(_encode(name, "measure").decode("utf-8") for name in names)


def centrality(ds, measures=("degree", "betweenness"), projection="count", normalized=True):
    """Per-actor centrality on the actor projection weighted by `projection`
    (count, newman, jaccard, overlap), the table of `samnet centrality
    --measures ...` (sn_centrality_doc()): rank, id, name, type, county,
    population, partner_population and the measures under their registry
    names (`samnet centrality --help` lists them), one row per actor of the
    network, ranked by the first measure."""
    dsp, net = ds._handles()
    o = ffi.new("sn_centrality_doc_options_t *")
    lib.sn_centrality_doc_options_init(o)
    keep = []
    _set_text(o, "measures", _measures(measures), "measures", keep)
    o.weighting = _weighting(projection)
    o.normalized = bool(normalized)
    return _analysis("centrality", lib.sn_centrality_doc, (dsp, net, ds.year, o))["centrality"]


def _seed(seed):
    if not isinstance(seed, int) or not 0 <= seed < 2 ** 64:
        raise Error(f"seed must be a whole number from 0 to {2 ** 64 - 1}, not {seed!r}")
    return seed


def _number(value, what):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Error(f"{what} must be a number, not {value!r}")
    return float(value)


def communities(ds, projection="count", seed=1, method="leiden", resolution=1.0):
    """The communities `samnet communities --algorithm METHOD --resolution R`
    finds (sn_communities_doc(); Leiden with modularity at resolution 1 by
    default, seeded with `seed`) in the actor projection weighted by
    `projection`: the table "actors", one row per actor of the network,
    community by community, with id, name, type, county, community
    (numbered from 1 by size) and internal_strength.  attrs["meta"] holds the
    command's metadata (communities, modularity, ...)."""
    dsp, net = ds._handles()
    o = ffi.new("sn_communities_doc_options_t *")
    lib.sn_communities_doc_options_init(o)
    keep = []
    _set_text(o, "algorithm", method, "method", keep)
    _set_text(o, "projection", projection, "projection", keep)
    _set_text(o, "compare", "none", "compare", keep)
    o.seed = _seed(seed)
    o.resolution = _number(resolution, "resolution")
    return _analysis("communities", lib.sn_communities_doc, (dsp, net, ds.year, o),
                     with_meta=True)["actors"]


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
    """A coalition's weight, what `samnet coalition` prints
    (sn_coalition_doc()): the named coalition of coalitions.csv `name`, or
    the actors `members` (ids and selectors such as "regions:06,07", a list
    or a comma-separated string).  Returns {"coalition": measure/value rows
    (members, members_in_network, population, national_population,
    population_share, pagerank_share, strength_share, ratio, internal and
    external ties, shared and joint projects), "members": one row per member
    (id, name, type, territory_name, population, population_share,
    pagerank), "shared_projects": the projects of two members or more}.
    Population is the union of the territories the members represent in
    `year`; the shares of PageRank and strength are of the actor projection
    weighted by `projection`."""
    dsp, net = ds._handles()
    if (name is None) == (members is None):
        raise Error("coalition: give a coalition name or members, not both or neither")
    o = ffi.new("sn_coalition_doc_options_t *")
    lib.sn_coalition_doc_options_init(o)
    o.weighting = _weighting(projection)
    call, keep = (dsp, net, _year(ds, year), o), []
    if name is not None:
        _set_text(o, "coalition", name, "name", keep)
        return _analysis("coalition", lib.sn_coalition_doc, call)
    spec = members if isinstance(members, str) else ",".join(map(str, members))
    _set_text(o, "coalition", spec, "members", keep)
    with _Indices(lambda out, n: lib.sn_coalition_members_parse(out, n, dsp, o.coalition)) \
            as picked:
        o.members, o.nmembers = picked.ptr[0], picked.count[0]
        return _analysis("coalition", lib.sn_coalition_doc, call)


def power(ds=None, players=None, rule=None, quota=None, weight=None, coalition=None,
          weights=None, names=None, indices=None, method=None, year=None):
    """A priori voting power, the table of `samnet power` (sn_power_doc()):
    one row per player with id, name, weight, weight_share, every computed
    index (banzhaf, banzhaf_abs, shapley, ...) and the ratios of power share
    to weight share.  Players are actors of `ds` chosen by `players`
    ("type=region", the default, or ids, a list or "id,id"), or the members
    of `coalition`, weighted by `weight` (population, sqrt-population,
    equal or an actor column) in `year`; or typed `weights` (a list, no
    dataset needed) with `names`.  A coalition wins when it meets `rule`
    (majority, qualified, double, unanimity or a vector rule such as
    "members>=11 and population>=65%") or else `quota` ("N", "N%", ">50%",
    the default).  `indices` ("banzhaf,shapley", "all", "cheap") and `method`
    (auto, exact, brute, montecarlo) as in the command.  The frame's
    attrs["meta"] is the command's metadata: the methods used, the number of
    winning coalitions, ..."""
    o = ffi.new("sn_power_doc_options_t *")
    lib.sn_power_doc_options_init(o)
    keep = []

    def put(field, value, what):
        _set_text(o, field, None if value is None else str(value), what, keep)

    if weights is not None:
        put("weights", _typed_weights(weights), "weights")
        if names is not None:
            if len(names) != len(weights):
                raise Error(f"names gives {len(names)} names for {len(weights)} weights")
            put("names", ",".join(map(str, names)), "names")
        handles = (ffi.NULL, ffi.NULL, 0)
    elif ds is None:
        raise Error("power: give a dataset or typed weights")
    else:
        dsp, net = ds._handles()
        handles = (dsp, net, _year(ds, year))
        if players is not None and not isinstance(players, str):
            players = ",".join(map(str, players))
        put("players", players, "players")
        put("coalition", coalition, "coalition")
        put("weight", weight, "weight")
    if isinstance(indices, (list, tuple)):
        indices = ",".join(indices)
    for field, value in (("quota", quota), ("rule", rule), ("indices", indices),
                         ("method", method)):
        put(field, value, field)
    return _analysis("power", lib.sn_power_doc, handles + (o,), with_meta=True)["power"]


def _typed_weights(weights):
    """Typed weights as the text of --weights, each read as a number here."""
    try:
        numbers = [float(x) for x in weights]
    except (TypeError, ValueError) as e:
        raise Error(f"weights: {e}") from None
    return ",".join(str(int(x)) if x.is_integer() else repr(x) for x in numbers)


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
