"""power() and coalition() against brute-force oracles written here, and
their errors."""
import itertools
import math

import pytest

import samnet


def brute(weights, quota):
    """Normalised and absolute Banzhaf and Shapley-Shubik of [quota; weights],
    by enumerating every coalition and every ordering."""
    n = len(weights)
    swings = [0] * n
    for members in itertools.product((0, 1), repeat=n):
        total = sum(w for w, m in zip(weights, members) if m)
        for i in range(n):
            if members[i] and total >= quota and total - weights[i] < quota:
                swings[i] += 1
    pivots = [0] * n
    for order in itertools.permutations(range(n)):
        total = 0
        for i in order:
            total += weights[i]
            if total >= quota:
                pivots[i] += 1
                break
    orders = math.factorial(n)
    return ([s / sum(swings) for s in swings], [s / 2 ** (n - 1) for s in swings],
            [p / orders for p in pivots])


@pytest.mark.parametrize("weights, quota", [([4, 4, 4, 2, 2, 1], 12), ([9, 7, 4, 3, 1], 13),
                                           ([1, 1, 1], 2)])
def test_typed_game_matches_brute_force(weights, quota):
    frame = samnet.power(weights=weights, quota=quota)
    assert frame.attrs["meta"]["winning coalitions"] == sum(
        sum(w for w, m in zip(weights, members) if m) >= quota
        for members in itertools.product((0, 1), repeat=len(weights)))
    banzhaf, banzhaf_abs, shapley = brute(weights, quota)
    for ours, theirs in ((frame["banzhaf"], banzhaf), (frame["banzhaf_abs"], banzhaf_abs),
                         (frame["shapley"], shapley)):
        assert max(abs(a - b) for a, b in zip(ours, theirs)) <= 1e-12
    assert list(frame["id"]) == [str(i) for i in range(1, len(weights) + 1)]


def test_regions_by_population_match_brute_force(ds):
    # The regions of Götaland under a qualified rule of 65 % of their population.
    ids = ["region-06", "region-07", "region-08", "region-10", "region-12", "region-13",
           "region-14"]
    frame = samnet.power(ds, players=ids, quota="65%", method="brute")
    population = ds.actors.set_index("id")["population"]
    weights = [int(population[i]) for i in ids]
    assert list(frame["id"]) == ids
    assert list(frame["weight"]) == weights
    quota = -(-65 * sum(weights) // 100)  # the smallest q with q >= 65 % of the total
    banzhaf, banzhaf_abs, shapley = brute(weights, quota)
    for ours, theirs in ((frame["banzhaf"], banzhaf), (frame["banzhaf_abs"], banzhaf_abs),
                         (frame["shapley"], shapley)):
        assert max(abs(a - b) for a, b in zip(ours, theirs)) <= 1e-12


def test_sydsverige_population_share_is_scb_2024(ds):
    result = samnet.coalition(ds, "sydsverige")
    values = dict(zip(result["coalition"]["measure"], result["coalition"]["value"]))
    # SCB: Skåne, Blekinge, Kronoberg and Kalmar län on 31 Dec 2024, and Jönköping and Halland.
    assert values["population"] == 2750635
    assert values["national_population"] == 10587710
    assert values["population_share"] == pytest.approx(2750635 / 10587710, abs=1e-15)
    assert set(result["members"]["id"]) == {"region-06", "region-07", "region-08", "region-10",
                                            "region-12", "region-13"}
    by_members = samnet.coalition(ds, members="regions:06,07,08,10,12,13")
    assert by_members["coalition"].equals(result["coalition"])


def test_bad_requests_raise_with_the_library_message(ds):
    cases = [
        (lambda: samnet.power(ds, rule="members>=200%"), r"^rule: share above 100%"),
        (lambda: samnet.power(ds, rule="pop>=50%"), r"^rule: unknown weight 'pop'"),
        (lambda: samnet.power(ds, quota="abc"), r"^quota: "),
        (lambda: samnet.power(ds, players="x,y"), r"^players: unknown actor 'x'"),
        (lambda: samnet.power(ds, weight="nosuch"), r"nosuch"),
        (lambda: samnet.power(ds, indices="bogus"), r"^indices: "),
        (lambda: samnet.power(ds, method="bogus"), r"^method: "),
        (lambda: samnet.power(weights=[1, -1]),
         r"^weights: '-1' \(weight 2\) is not a non-negative"),
        (lambda: samnet.power(weights=["a"]), r"^weights: could not convert"),
        (lambda: samnet.power(weights=[1, 2], names=["A"]), r"^names gives 1 names for 2"),
        (lambda: samnet.power(), r"give a dataset or typed weights"),
        (lambda: samnet.coalition(ds, "nosuch"), r"no coalition named 'nosuch'"),
        (lambda: samnet.coalition(ds, members=["region-01", "nosuch"]),
         r"^members: unknown actor 'nosuch'"),
        (lambda: samnet.coalition(ds), r"give a coalition name or members"),
        (lambda: samnet.coalition(ds, "sydsverige", year=1800), r"1800"),
        (lambda: samnet.coalition(ds, "sydsverige", year="2024"), r"year must be a whole"),
    ]
    for call, message in cases:
        with pytest.raises(samnet.Error, match=message):
            call()
