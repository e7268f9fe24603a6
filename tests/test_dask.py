"""The pipeline over Dask collections on a LocalCluster of two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("dask.distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

from hindinews import Pipeline
from hindinews.batch import pipelines_built
from hindinews.dask import process_bag, process_dataframe
from hindinews.export import FRAME_COLUMNS

LIGHT = ("segment", "times")
SENTENCES = (
    "प्रधानमंत्री ने सोमवार को जापान के राजदूत से भेंट की।",
    "बैठक में बंदरगाह परियोजना पर बातचीत हुई।",
    "राज्य सरकार ने बाढ़ राहत के लिए अतिरिक्त धन जारी किया।",
)


def records(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"d{i}", "text": f"समाचार {i}\n\n{SENTENCES[i % 3]} {SENTENCES[(i + 1) % 3]}",
         "published": f"2025-04-{i % 28 + 1:02d}", "desk": "विदेश" if i % 2 else "देश"}
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def test_bag_gives_documents_in_order_and_builds_one_pipeline_per_worker(client: Client) -> None:
    items = records(24)
    bag = db.from_sequence(items, npartitions=6)
    docs = process_bag(bag, components=LIGHT, batch_size=4).compute()
    local = list(Pipeline(components=LIGHT).pipe(items))
    assert [d.model_dump_json() for d in docs] == [d.model_dump_json() for d in local]
    assert docs[1].meta == {"desk": "विदेश"}

    as_json = process_bag(bag, components=LIGHT, output="json").compute()
    assert len(as_json) == 24 and as_json[0].startswith("{")
    built = client.run(pipelines_built)
    assert len(built) == 2 and all(count <= 1 for count in built.values()), built
    assert sum(built.values()) >= 1


def test_dataframe_partitions_give_the_frames(client: Client) -> None:
    frame = dd.from_pandas(pd.DataFrame(records(10)).rename(columns={"text": "body"}), npartitions=3)
    documents = process_dataframe(frame, text_column="body", components=LIGHT).compute()
    assert list(documents.columns) == [c.name for c in FRAME_COLUMNS["documents"]]
    assert sorted(documents["doc_id"]) == sorted(f"d{i}" for i in range(10))
    assert documents["published"].min() == pd.Timestamp("2025-04-01")
    events = process_dataframe(frame, table="events", text_column="body", components=LIGHT).compute()
    assert list(events.columns) == [c.name for c in FRAME_COLUMNS["events"]]


def test_bad_arguments_fail_before_any_task_runs() -> None:
    bag = db.from_sequence(records(2))
    with pytest.raises(ValueError, match="unknown pipeline component"):
        process_bag(bag, components=["segment", "nope"])
    with pytest.raises(ValueError, match="no column 'text'"):
        process_dataframe(dd.from_pandas(pd.DataFrame({"x": [1]}), npartitions=1))
