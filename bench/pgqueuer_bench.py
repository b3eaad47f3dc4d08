"""PgQueuer reference for `make bench` (run by bench/run_bench.py with the venv in .local/bench-py).

Mirrors `inngang-bench jobs-drain` / `jobs-steady`: a fresh database per run, PgQueuer's schema
installed with its own `pgq install`, no-op jobs, W QueueManagers (each with its own asyncpg
connection, as PgQueuer's own tools/benchmark.py does) dequeuing batches of B, on uvloop.
Prints one JSON object (same shape as inngang-bench's) on standard output.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import subprocess
import sys
import time
from importlib.metadata import version

import asyncpg
import uvloop
from pgqueuer import AsyncpgDriver, Job, Queries, QueueManager
from pgqueuer.types import QueueExecutionMode

ENTRYPOINT = "noop"


def progress(message: str) -> None:
    print(f"  · {message}", file=sys.stderr, flush=True)


def database_url(admin_url: str, name: str) -> str:
    base, _, _ = admin_url.rpartition("/")
    return f"{base}/{name}"


class ScratchDatabase:
    """CREATE DATABASE bench_pgq_<random> next to the admin database; dropped on exit."""

    def __init__(self, admin_url: str, async_commit: bool = False) -> None:
        self.admin_url = admin_url
        self.async_commit = async_commit
        self.name = f"bench_pgq_{secrets.token_hex(6)}"
        self.url = database_url(admin_url, self.name)

    async def __aenter__(self) -> "ScratchDatabase":
        admin = await asyncpg.connect(self.admin_url)
        try:
            await admin.execute(f"CREATE DATABASE {self.name}")
            if self.async_commit:
                await admin.execute(f"ALTER DATABASE {self.name} SET synchronous_commit = off")
        finally:
            await admin.close()
        # PgQueuer's own installer, as a user would run it.
        install = subprocess.run(
            [sys.executable, "-m", "pgqueuer", "--pg-dsn", self.url, "install"],
            capture_output=True, text=True,
        )
        if install.returncode != 0:
            raise SystemExit(f"pgq install failed:\n{install.stdout}{install.stderr}")
        return self

    async def __aexit__(self, *_: object) -> None:
        admin = await asyncpg.connect(self.admin_url)
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        finally:
            await admin.close()


class Counter:
    def __init__(self) -> None:
        self.count = 0


async def make_managers(url: str, workers: int, handled: Counter) -> list[QueueManager]:
    managers = []
    for _ in range(workers):
        manager = QueueManager(Queries(AsyncpgDriver(await asyncpg.connect(url))))

        @manager.entrypoint(ENTRYPOINT)
        async def noop(job: Job) -> None:
            handled.count += 1

        managers.append(manager)
    return managers


async def enqueue_noops(queries: Queries, count: int) -> None:
    remaining = count
    while remaining > 0:
        size = min(1000, remaining)
        await queries.enqueue([ENTRYPOINT] * size, [None] * size, [0] * size)
        remaining -= size


async def drain(args: argparse.Namespace) -> dict:
    async with ScratchDatabase(args.database_url, args.async_commit) as database:
        setup = await asyncpg.connect(database.url)
        try:
            progress(f"enqueueing {args.jobs} jobs (not timed)")
            await enqueue_noops(Queries(AsyncpgDriver(setup)), args.jobs)
            await setup.execute("VACUUM ANALYZE pgqueuer")
            handled = Counter()
            managers = await make_managers(database.url, args.workers, handled)
            start = time.perf_counter()
            await asyncio.gather(*(
                manager.run(batch_size=args.batch_size, mode=QueueExecutionMode.drain) for manager in managers
            ))
            elapsed = time.perf_counter() - start
            remaining = await setup.fetchval("SELECT count(*) FROM pgqueuer")
            if handled.count != args.jobs or remaining != 0:
                raise SystemExit(f"PgQueuer handled {handled.count} of {args.jobs} jobs; {remaining} left in the queue")
        finally:
            await setup.close()
    return measurement(
        "jobqueue_drain", args.jobs / elapsed,
        {"jobs": args.jobs, "seconds": elapsed}, args)


async def steady(args: argparse.Namespace) -> dict:
    async with ScratchDatabase(args.database_url, args.async_commit) as database:
        handled = Counter()
        enqueued = Counter()
        stop = asyncio.Event()
        managers = await make_managers(database.url, args.workers, handled)
        producer_connections = [await asyncpg.connect(database.url) for _ in range(args.producers)]

        async def produce(connection: asyncpg.Connection) -> None:
            queries = Queries(AsyncpgDriver(connection))
            size = args.enqueue_batch
            while not stop.is_set():
                await queries.enqueue([ENTRYPOINT] * size, [None] * size, [0] * size)
                enqueued.count += size

        runs = [asyncio.create_task(m.run(batch_size=args.batch_size)) for m in managers]
        producers = [asyncio.create_task(produce(c)) for c in producer_connections]
        progress(f"steady load: {args.warmup} s warm-up, then {args.seconds} s measured")
        await asyncio.sleep(args.warmup)
        handled0, enqueued0, start = handled.count, enqueued.count, time.perf_counter()
        await asyncio.sleep(args.seconds)
        handled1, enqueued1, end = handled.count, enqueued.count, time.perf_counter()
        stop.set()
        await asyncio.gather(*producers)
        for manager in managers:
            manager.shutdown.set()
        await asyncio.gather(*runs)
        backlog = await producer_connections[0].fetchval("SELECT count(*) FROM pgqueuer WHERE status = 'queued'")
        for connection in producer_connections:
            await connection.close()
    elapsed = end - start
    return measurement(
        "jobqueue_steady", (handled1 - handled0) / elapsed,
        {
            "completed": handled1 - handled0, "enqueued": enqueued1 - enqueued0,
            "enqueued_per_s": (enqueued1 - enqueued0) / elapsed, "seconds": elapsed,
            "backlog_at_end": backlog,
        },
        args, producers=args.producers, enqueue_batch=args.enqueue_batch, window_seconds=args.seconds)


def measurement(benchmark: str, value: float, details: dict, args: argparse.Namespace, **extra: object) -> dict:
    parameters = {
        "workers": args.workers, "connections": args.workers, "batch_size": args.batch_size,
        "driver": "AsyncpgDriver", "event_loop": "uvloop",
        "pgqueuer": version("pgqueuer"), "asyncpg": version("asyncpg"),
        "synchronous_commit": "off" if args.async_commit else "on", **extra,
    }
    return {
        "benchmark": benchmark, "system": "pgqueuer", "value": value, "unit": "jobs/s",
        "details": {k: float(v) for k, v in details.items()},
        "parameters": {k: str(v) for k, v in parameters.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["drain", "steady"])
    parser.add_argument("--database-url", default="postgres://inngang:inngang@127.0.0.1:55432/inngang")
    parser.add_argument("--workers", type=int, default=4, help="QueueManagers, one asyncpg connection each")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--producers", type=int, default=1)
    parser.add_argument("--enqueue-batch", type=int, default=10)
    parser.add_argument("--async-commit", action="store_true",
                        help="run with synchronous_commit = off for the whole database (diagnostic variant)")
    args = parser.parse_args()
    result = uvloop.run(drain(args) if args.command == "drain" else steady(args))
    progress(f"pgqueuer {args.command}: {result['value']:.0f} jobs/s")
    print(json.dumps(result, sort_keys=True), flush=True)


if __name__ == "__main__":
    main()
