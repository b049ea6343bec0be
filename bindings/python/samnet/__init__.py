"""samnet: collaboration networks of Swedish regional actors, from Python.

A binding over libsamnet (cffi, ABI mode): every analysis runs in the C
library and comes back as pandas DataFrames.

    >>> import samnet
    >>> ds = samnet.load_dataset()          # the bundled dataset, loaded once
    >>> samnet.centrality(ds, ["degree", "betweenness"]).head()

Errors of the library raise samnet.Error with its message.
"""
from ._ffi import Error
from ._api import (Dataset, centrality, coalition, communities, load_dataset, power,
                   to_igraph, to_networkx)

__all__ = ["Error", "Dataset", "load_dataset", "centrality", "communities", "coalition", "power",
           "to_igraph", "to_networkx"]
