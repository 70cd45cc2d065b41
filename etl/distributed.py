"""Extraction and merging on Dask distributed: the same pure `extract_article`, mapped over
batches of articles, and the same tasks of `etl.block_tasks`, mapped over groups of blocks.

A run that outgrows one machine hands its articles to a Dask cluster instead of a local process
pool. The client streams: it reads articles as the readers yield them, keeps a bounded number of
batches in flight and gives the results back in input order, so that the merge sees exactly what
one process would have given it. The merge's tasks (consecutive blocks, up to 1,000 reports
each) are then scattered to the workers, merged and kept there, and written by them as parts of
the version folder.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from etl.block_tasks import Mapper
from etl.merge import ArticleExtraction
from etl.pipeline import Extractor, extract_or_reject
from etl.records import Article, Reject

if TYPE_CHECKING:
    from distributed import Client, Future

BATCH = 32
"""Articles per task: enough to amortise a task's overhead, small enough to balance the workers."""

IN_FLIGHT_PER_WORKER = 4
"""Batches queued per worker: keeps every worker busy while bounding what the client holds."""


class SchedulerError(ValueError):
    """A `--scheduler` value that names no cluster this command can use."""


def extract_batch(articles: list[Article]) -> list[ArticleExtraction | Reject]:
    """One task: the extraction of each article of a batch, or its Reject (runs on a worker)."""
    return [extract_or_reject(article) for article in articles]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def parse_scheduler(spec: str) -> tuple[str, int | str]:
    """`local:N` → ("local", N); `tcp://host:port` (or `tls://`) → ("address", spec)."""
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise SchedulerError(f"--scheduler {spec!r}: local:N needs a worker count N ≥ 1")
        return "local", int(count)
    if spec.startswith(("tcp://", "tls://")) and ":" in spec.split("://", 1)[1]:
        return "address", spec
    raise SchedulerError(
        f"--scheduler {spec!r}: expected local:N (N workers on this machine) "
        "or tcp://HOST:PORT (a running `dask scheduler`)"
    )


@contextmanager
def dask_client(spec: str) -> Iterator[Client]:
    """A client for `spec`; a `local:N` cluster lives exactly as long as the block."""
    from distributed import Client, LocalCluster

    kind, value = parse_scheduler(spec)
    if kind == "address":
        try:
            client = Client(str(value), timeout="10s")
        except OSError as error:
            message = f"--scheduler {spec}: no Dask scheduler answers ({error})"
            raise SchedulerError(message) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=int(value),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def extract_on(
    client: Client, articles: Iterable[Article], batch: int = BATCH
) -> Iterator[ArticleExtraction | Reject]:
    """The extractions of `articles`, in their order, computed on the client's cluster."""
    workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    window: deque[Future] = deque()
    for chunk in _batches(articles, batch):
        window.append(client.submit(extract_batch, chunk, pure=False))
        if len(window) >= workers * IN_FLIGHT_PER_WORKER:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


class DaskMapper:
    """The merge's tasks on a Dask cluster: their blocks are scattered to the workers and each
    task's result stays on the worker that made it until it is gathered or used by the next."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def put(self, items: list[Any]) -> list[Any]:
        return self.client.scatter(items, hash=False) if items else []

    def map(self, fn: Callable[..., Any], *columns: Sequence[Any]) -> list[Any]:
        if not columns or not columns[0]:
            return []
        return self.client.map(fn, *columns, pure=False)

    def gather(self, handles: list[Any]) -> list[Any]:
        return self.client.gather(handles) if handles else []


def dask_cluster(spec: str) -> AbstractContextManager[tuple[Extractor, Mapper]]:
    """A context holding an extractor and a block mapper bound to the cluster `spec` names."""

    @contextmanager
    def bound() -> Iterator[tuple[Extractor, Mapper]]:
        with dask_client(spec) as client:
            yield (lambda articles: extract_on(client, articles)), DaskMapper(client)

    return bound()
