"""load_dataset: the bundled dataset's tables against its CSV files, read here
with the csv module; bad input raises samnet.Error with the library's message."""
import pandas as pd
import pytest

import samnet


def test_actor_and_project_tables_follow_the_files(ds, sweden_csv):
    assert list(ds.actors["id"]) == [r["id"] for r in sweden_csv["actors"]]
    assert list(ds.actors["name"]) == [r["name"] for r in sweden_csv["actors"]]
    assert list(ds.actors["type"]) == [r["type"] for r in sweden_csv["actors"]]
    assert list(ds.projects["id"]) == [r["id"] for r in sweden_csv["projects"]]
    assert ds.actors["population"].dtype == "Int64"  # missing for non-territorial actors


def test_memberships_hold_every_plain_row_of_the_file(ds, sweden_csv):
    pairs = set(zip(ds.memberships["project"], ds.memberships["actor"]))
    plain = {(r["project"], r["actor"]) for r in sweden_csv["memberships"]
             if ":" not in r["actor"]}
    assert plain <= pairs
    assert len(pairs) == len(ds.memberships)  # one row per pair
    assert ds.memberships["line"].dtype == "int64"


def test_tables_are_copies_the_caller_may_change(ds):
    actors = ds.actors
    actors.loc[0, "name"] = "changed"
    assert ds.actors.loc[0, "name"] != "changed"


def test_default_year_is_the_latest_complete_population_year(ds):
    # The bundled tree has kommun figures for 2021 and 2024 (datasets/README.md).
    assert ds.year == 2024


def test_missing_folder_is_an_error_naming_it(tmp_path):
    with pytest.raises(samnet.Error, match="No such file or directory") as e:
        samnet.load_dataset(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(e.value)
    assert e.value.code == "input/output error"


def test_bad_csv_lists_every_problem_with_file_line_column(tmp_path):
    (tmp_path / "actors.csv").write_text("id,name,type\na1,A,region\na2,B,wizard\n")
    (tmp_path / "memberships.csv").write_text("project,actor\np1,a1\np1,a3\n")
    with pytest.raises(samnet.Error) as e:
        samnet.load_dataset(tmp_path)
    lines = str(e.value).splitlines()
    assert lines[0].startswith(f"{tmp_path}/actors.csv:3:3: unknown actor type 'wizard'")
    assert lines[1].startswith(f"{tmp_path}/memberships.csv:3:2: unknown actor 'a3'")
    assert e.value.code == "bad data"


def test_unreadable_bytes_and_nul_are_errors_not_crashes(tmp_path):
    (tmp_path / "actors.csv").write_bytes(b"id,name,type\na1,\xff\xfe,region\n")
    (tmp_path / "memberships.csv").write_text("project,actor\np1,a1\n")
    with pytest.raises(samnet.Error, match="actors.csv:2"):
        samnet.load_dataset(tmp_path)
    with pytest.raises(samnet.Error, match="NUL"):
        samnet.load_dataset("a\0b")


def test_a_small_folder_loads_with_its_warnings(tmp_path):
    (tmp_path / "actors.csv").write_text("id,name,type\na1,A,university\na2,B,company\n")
    (tmp_path / "memberships.csv").write_text("project,actor\np1,a1\np1,a2\n")
    small = samnet.load_dataset(tmp_path)
    assert list(small.actors["id"]) == ["a1", "a2"]
    assert list(small.projects["id"]) == ["p1"]
    c = samnet.centrality(small, ["degree"], normalized=False)
    assert list(c["degree"]) == [1.0, 1.0]


def test_closed_dataset_refuses_analyses():
    d = samnet.load_dataset()
    d.close()
    with pytest.raises(samnet.Error, match="closed"):
        samnet.centrality(d)
    d.close()  # twice is harmless
