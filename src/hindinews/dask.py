"""Running the pipeline over Dask collections, partition by partition (the ``dask`` extra).

    import dask.bag as db
    from hindinews.dask import process_bag

    docs = process_bag(db.read_text("archive-*.jsonl").map(json.loads), components=["segment", "times"])

Each worker process builds the Pipeline once, the first time one of its tasks needs it, and keeps it for
every later partition (:func:`hindinews.batch.cached_pipeline`, keyed by the Pipeline's constructor
arguments). Tasks carry only those arguments, a few bytes: the models are never pickled or shipped. The
same code runs on a laptop (``LocalCluster``) or a cluster (``Client("tcp://scheduler:8786")``) whose
workers have hindinews and its model installed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from hindinews.batch import cached_pipeline
from hindinews.schema import Document

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from hindinews.pipeline import Pipeline

BagOutput = Literal["document", "dict", "json"]


def _init_kwargs(pipeline: Pipeline | None, pipeline_kwargs: Mapping[str, Any]) -> dict[str, Any]:
    if pipeline is not None:
        if pipeline_kwargs:
            raise ValueError("give a pipeline or pipeline arguments, not both")
        return dict(pipeline.init_kwargs)
    kwargs = dict(pipeline_kwargs)
    if "components" in kwargs:
        from hindinews.pipeline import COMPONENTS

        kwargs["components"] = tuple(kwargs["components"])
        unknown = [c for c in kwargs["components"] if c not in COMPONENTS]
        if unknown:  # fail here, not in every task on the cluster
            raise ValueError(f"unknown pipeline component(s) {unknown}; choose from {sorted(COMPONENTS)}")
    return kwargs


def _process_partition(
    items: Sequence[Any], init_kwargs: dict[str, Any], batch_size: int, output: BagOutput
) -> list[Any]:
    docs = cached_pipeline(init_kwargs).pipe(list(items), batch_size=batch_size)
    if output == "document":
        return list(docs)
    if output == "json":
        return [doc.model_dump_json() for doc in docs]
    return [doc.model_dump(mode="json") for doc in docs]


def process_bag(
    bag: db.Bag,
    *,
    output: BagOutput = "document",
    batch_size: int = 32,
    pipeline: Pipeline | None = None,
    **pipeline_kwargs: Any,
) -> db.Bag:
    """A bag of Documents (or JSON-ready dicts, or JSON strings) for a bag of texts or records.

    Records are ``{"id", "text", "published", ...}`` as for :meth:`Pipeline.pipe`. Give ``pipeline`` (its
    constructor arguments are used, the object itself is not sent) or the arguments directly, e.g.
    ``components=["segment", "times"]``. A record without text raises, as in :meth:`Pipeline.pipe`.
    """
    if output not in ("document", "dict", "json"):
        raise ValueError(f"output must be document, dict or json, not {output!r}")
    init_kwargs = _init_kwargs(pipeline, pipeline_kwargs)
    return bag.map_partitions(_process_partition, init_kwargs, batch_size, output)


def _records(partition: pd.DataFrame, columns: Mapping[str, str]) -> list[dict[str, Any]]:
    import pyarrow as pa

    renamed = partition.rename(columns={v: k for k, v in columns.items() if v != k})
    # Arrow turns NaN/NaT/NA into None and numpy scalars into Python ones, which Document.meta can hold.
    rows: list[dict[str, Any]] = pa.Table.from_pandas(renamed, preserve_index=False).to_pylist()
    return rows


def _frame_partition(
    partition: pd.DataFrame,
    init_kwargs: dict[str, Any],
    batch_size: int,
    table: str,
    columns: dict[str, str],
) -> pd.DataFrame:
    from hindinews.export import to_frames

    records = _records(partition, columns)
    docs: list[Document] = list(cached_pipeline(init_kwargs).pipe(records, batch_size=batch_size))
    return to_frames(docs)[table]


def process_dataframe(
    frame: dd.DataFrame,
    *,
    table: str = "documents",
    text_column: str = "text",
    id_column: str = "id",
    published_column: str = "published",
    batch_size: int = 32,
    pipeline: Pipeline | None = None,
    **pipeline_kwargs: Any,
) -> dd.DataFrame:
    """One of the :func:`hindinews.to_frames` tables (``documents``, ``entities``, ``times``, ``events``,
    ``arguments``) for a Dask DataFrame with a row per article; other columns go to Document.meta."""
    from hindinews.export import FRAME_COLUMNS, empty_frame

    if table not in FRAME_COLUMNS or table == "errors":
        raise ValueError(f"table must be one of {[t for t in FRAME_COLUMNS if t != 'errors']}, not {table!r}")
    if text_column not in frame.columns:
        raise ValueError(f"the DataFrame has no column {text_column!r}; name its text column: text_column=")
    columns = {"text": text_column, "id": id_column, "published": published_column}
    columns = {k: v for k, v in columns.items() if v in frame.columns}
    init_kwargs = _init_kwargs(pipeline, pipeline_kwargs)
    return frame.map_partitions(
        _frame_partition, init_kwargs, batch_size, table, columns, meta=empty_frame(table)
    )
