"""Runs Inngang's benchmarks next to their references and writes .local/bench/summary.json.

Called by scripts/bench.sh (`make bench`) once PostgreSQL and the broker are up, the release
`inngang-bench` is built and the reference tools are installed. Standard library only.

Every benchmark runs each implementation once per round (the short producer pair twice);
rounds are interleaved (round 1 of everything, then round 2, ...) and the order inside a round
rotates, so background load on the shared machine hits all implementations alike. Each figure is
the median over the rounds; a ratio is the median over rounds of Inngang / reference measured in
the same round (paired, so a load swing between rounds cancels out), higher is better.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (key, description, threshold): the figure must be >= threshold.
TARGETS = [
    ("jobqueue_drain_vs_pgqueuer", "drain >= 2x PgQueuer", 2.0),
    ("jobqueue_drain_vs_raw_sql", "drain >= 0.8x raw SQL (pgbench)", 0.8),
    ("jobqueue_steady_vs_pgqueuer", "steady >= 2x PgQueuer", 2.0),
    ("producer_vs_kcat", "producer >= 0.9x kcat", 0.9),
    ("relay_events_per_s", "relay >= 10,000 events/s", 10_000.0),
    ("relay_vs_insert_rate", "relay >= 1x outbox insert rate", 1.0),
]


def log(message: str) -> None:
    print(f"\033[1;34m[bench]\033[0m {message}", file=sys.stderr, flush=True)


class BenchFailure(Exception):
    pass


class Runner:
    """Runs the tools; every method returns one measurement dict (see Measurement.swift)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.common = ["--database-url", args.database_url, "--brokers", args.brokers]
        self.queue = [
            "--workers", str(args.workers), "--connections", str(args.workers),
            "--batch-size", str(args.batch_size),
        ]
        self.messages_file = Path(args.work_dir) / f"kcat-{args.messages}x{args.message_bytes}.txt"

    # -- helpers --------------------------------------------------------------------------------

    def run_json(self, command: list[str], timeout: float) -> dict:
        """Runs a tool that prints one JSON object as its last line of standard output."""
        completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
        progress = [line for line in completed.stderr.splitlines() if line.startswith("  · ")]
        for line in progress:
            print(line, file=sys.stderr, flush=True)
        if completed.returncode != 0:
            raise BenchFailure(f"{' '.join(command[:2])} failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
        lines = [line for line in completed.stdout.splitlines() if line.strip()]
        if not lines:
            raise BenchFailure(f"{' '.join(command[:2])} printed no result:\n{completed.stderr[-3000:]}")
        return json.loads(lines[-1])

    def bench(self, *arguments: str, timeout: float = 600) -> dict:
        return self.run_json([self.args.bench_bin, *arguments, *self.common], timeout)

    def python_reference(self, *arguments: str, timeout: float = 600) -> dict:
        script = str(HERE / "pgqueuer_bench.py")
        return self.run_json([self.args.python, script, *arguments, "--database-url", self.args.database_url], timeout)

    def fresh_topic(self, system: str) -> str:
        topic = f"bench-produce-{system}-{secrets.token_hex(5)}"
        subprocess.run(
            [self.args.bench_bin, "create-topic", topic, "--partitions", "1", *self.common],
            check=True, stdout=subprocess.DEVNULL, timeout=60)
        return topic

    def count_messages(self, topic: str) -> int:
        """Reads the topic back with kcat (not timed): one line per message."""
        completed = subprocess.run(
            ["kcat", "-C", "-b", self.args.brokers, "-t", topic, "-o", "beginning", "-e", "-q"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=300)
        return completed.stdout.count(b"\n")

    def timed_producer(self, system: str, command: list[str], topic: str, stdin_path: Path | None) -> dict:
        """Times a producer process from start to exit (after its last delivery report)."""
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            start = time.perf_counter()
            completed = subprocess.run(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
            seconds = time.perf_counter() - start
        finally:
            if stdin_path:
                stdin.close()
        if completed.returncode != 0:
            raise BenchFailure(f"{system} producer failed ({completed.returncode}):\n{completed.stderr.decode()[-3000:]}")
        delivered = self.count_messages(topic)
        if delivered != self.args.messages:
            raise BenchFailure(f"{system} producer: topic {topic} holds {delivered} of {self.args.messages} messages")
        details = {"messages": float(self.args.messages), "process_seconds": seconds}
        if system == "inngang":
            inner = json.loads(completed.stdout.decode().strip().splitlines()[-1])
            details.update({f"inner_{k}": v for k, v in inner["details"].items() if k.endswith("seconds")})
        value = self.args.messages / seconds
        print(f"  · {system} producer: {value:,.0f} msgs/s (process start to exit)", file=sys.stderr, flush=True)
        return {
            "benchmark": "producer", "system": system, "value": value, "unit": "msgs/s", "details": details,
            "parameters": {"messages": str(self.args.messages), "message_bytes": str(self.args.message_bytes),
                           "partitions": "1", "timing": "process start to exit"},
        }

    # -- benchmarks -----------------------------------------------------------------------------

    def drain_inngang(self) -> dict:
        return self.bench("jobs-drain", *self.queue, "--jobs", str(self.args.jobs))

    def drain_pgqueuer(self) -> dict:
        return self.python_reference(
            "drain", "--workers", str(self.args.workers), "--batch-size", str(self.args.batch_size),
            "--jobs", str(self.args.jobs))

    def drain_pgqueuer_async_commit(self) -> dict:
        """Diagnostic: PgQueuer with synchronous_commit = off, the commit mode of Inngang's worker statements."""
        result = self.python_reference(
            "drain", "--workers", str(self.args.workers), "--batch-size", str(self.args.batch_size),
            "--jobs", str(self.args.jobs), "--async-commit")
        result["system"] = "pgqueuer_async_commit"
        return result

    def drain_raw_sql(self) -> dict:
        return self.bench(
            "raw-sql-drain", *self.queue, "--jobs", str(self.args.jobs), "--query-mode", self.args.pgbench_mode,
            "--expect-script", str(HERE / "pgbench" / "lease_complete.sql"))

    def steady_arguments(self) -> list[str]:
        return ["--seconds", str(self.args.steady_seconds), "--warmup", str(self.args.steady_warmup),
                "--producers", str(self.args.producers), "--enqueue-batch", str(self.args.enqueue_batch)]

    def steady_inngang(self) -> dict:
        return self.bench("jobs-steady", *self.queue, *self.steady_arguments())

    def steady_pgqueuer(self) -> dict:
        return self.python_reference(
            "steady", "--workers", str(self.args.workers), "--batch-size", str(self.args.batch_size),
            *self.steady_arguments())

    def producer_inngang(self) -> dict:
        topic = self.fresh_topic("inngang")
        command = [self.args.bench_bin, "produce", "--topic", topic, "--messages", str(self.args.messages),
                   "--size", str(self.args.message_bytes), *self.common]
        return self.timed_producer("inngang", command, topic, None)

    def producer_kcat(self) -> dict:
        if not self.messages_file.exists():
            self.messages_file.parent.mkdir(parents=True, exist_ok=True)
            line = b"x" * self.args.message_bytes + b"\n"
            self.messages_file.write_bytes(line * self.args.messages)
        topic = self.fresh_topic("kcat")
        command = ["kcat", "-P", "-b", self.args.brokers, "-t", topic,
                   "-X", "enable.idempotence=true", "-X", "acks=all"]
        return self.timed_producer("kcat", command, topic, self.messages_file)

    def outbox_inngang(self) -> dict:
        return self.bench(
            "outbox", "--events", str(self.args.events), "--concurrency", str(self.args.workers), timeout=900)


# Benchmark -> implementations, each a Runner method.
BENCHMARKS = {
    "jobqueue_drain": {"inngang": "drain_inngang", "pgqueuer": "drain_pgqueuer", "raw_sql": "drain_raw_sql",
                       "pgqueuer_async_commit": "drain_pgqueuer_async_commit"},
    "jobqueue_steady": {"inngang": "steady_inngang", "pgqueuer": "steady_pgqueuer"},
    "producer": {"inngang": "producer_inngang", "kcat": "producer_kcat"},
    "outbox": {"inngang": "outbox_inngang"},
}
GROUPS = {"jobs": ["jobqueue_drain", "jobqueue_steady"], "kafka": ["producer"], "outbox": ["outbox"]}


# Runs per round: the producer runs are short and the broker's latency swings with the machine's
# load, so each round runs several back-to-back pairs.
REPEATS = {"producer": 2}


def run_all(args: argparse.Namespace) -> tuple[dict, list[str]]:
    runner = Runner(args)
    selected = [b for group in args.only.split(",") for b in GROUPS[group.strip()]]
    runs: dict[str, dict[str, list[dict]]] = {b: {s: [] for s in BENCHMARKS[b]} for b in selected}
    errors: list[str] = []
    for round_index in range(args.rounds):
        log(f"round {round_index + 1} of {args.rounds}")
        for benchmark in selected:
            systems = list(BENCHMARKS[benchmark])
            for repeat in range(REPEATS.get(benchmark, 1)):
                # Rotate the order so neither side always runs first (or right after the other).
                shift = (round_index + repeat) % len(systems)
                pair = f"{round_index + 1}.{repeat + 1}"
                for system in systems[shift:] + systems[:shift]:
                    log(f"{benchmark}: {system} (round {pair})")
                    try:
                        result = getattr(runner, BENCHMARKS[benchmark][system])()
                        result["pair"] = pair
                        runs[benchmark][system].append(result)
                    except (BenchFailure, subprocess.SubprocessError, OSError, ValueError) as error:
                        message = f"{benchmark}/{system} round {pair}: {error}"
                        log(f"FAILED {message}")
                        errors.append(message)
    return runs, errors


def warnings_from(runs: dict) -> list[str]:
    stale = any(r["parameters"].get("committed_script") == "stale" for r in runs.get("jobqueue_drain", {}).get("raw_sql", []))
    return ["bench/pgbench/lease_complete.sql differs from JobSQL (the run used the statements generated from JobSQL); "
            "refresh it with: inngang-bench pgbench-script > bench/pgbench/lease_complete.sql"] if stale else []


def median_of(runs: dict, benchmark: str, system: str, field: str | None = None) -> float | None:
    values = [r["details"][field] if field else r["value"] for r in runs.get(benchmark, {}).get(system, [])]
    return statistics.median(values) if values else None


def paired_ratio(runs: dict, benchmark: str, ours: tuple[str, str | None], ref: tuple[str, str | None]) -> float | None:
    """Median over rounds of ours/ref, each measured in the same round (so under similar machine load)."""
    def by_pair(system: str, field: str | None) -> dict[str, float]:
        return {r["pair"]: (r["details"][field] if field else r["value"]) for r in runs.get(benchmark, {}).get(system, [])}
    a, b = by_pair(*ours), by_pair(*ref)
    ratios = [a[k] / b[k] for k in a if k in b and b[k]]
    return statistics.median(ratios) if ratios else None


def metrics_from(runs: dict) -> dict:
    m = {
        "jobqueue_drain_jobs_per_s": median_of(runs, "jobqueue_drain", "inngang"),
        "pgqueuer_drain_jobs_per_s": median_of(runs, "jobqueue_drain", "pgqueuer"),
        "raw_sql_drain_jobs_per_s": median_of(runs, "jobqueue_drain", "raw_sql"),
        "pgqueuer_async_commit_drain_jobs_per_s": median_of(runs, "jobqueue_drain", "pgqueuer_async_commit"),
        "jobqueue_steady_jobs_per_s": median_of(runs, "jobqueue_steady", "inngang"),
        "pgqueuer_steady_jobs_per_s": median_of(runs, "jobqueue_steady", "pgqueuer"),
        "jobqueue_steady_enqueued_per_s": median_of(runs, "jobqueue_steady", "inngang", "enqueued_per_s"),
        "pgqueuer_steady_enqueued_per_s": median_of(runs, "jobqueue_steady", "pgqueuer", "enqueued_per_s"),
        "producer_msgs_per_s": median_of(runs, "producer", "inngang"),
        "kcat_msgs_per_s": median_of(runs, "producer", "kcat"),
        "relay_events_per_s": median_of(runs, "outbox", "inngang"),
        "outbox_insert_events_per_s": median_of(runs, "outbox", "inngang", "insert_events_per_s"),
        "jobqueue_drain_vs_pgqueuer": paired_ratio(runs, "jobqueue_drain", ("inngang", None), ("pgqueuer", None)),
        "jobqueue_drain_vs_pgqueuer_async_commit": paired_ratio(
            runs, "jobqueue_drain", ("inngang", None), ("pgqueuer_async_commit", None)),
        "jobqueue_drain_vs_raw_sql": paired_ratio(runs, "jobqueue_drain", ("inngang", None), ("raw_sql", None)),
        "jobqueue_steady_vs_pgqueuer": paired_ratio(runs, "jobqueue_steady", ("inngang", None), ("pgqueuer", None)),
        "producer_vs_kcat": paired_ratio(runs, "producer", ("inngang", None), ("kcat", None)),
        "relay_vs_insert_rate": paired_ratio(runs, "outbox", ("inngang", None), ("inngang", "insert_events_per_s")),
    }
    return {k: v for k, v in m.items() if v is not None}


def targets_from(metrics: dict) -> dict:
    return {
        key: {"target": description, "threshold": threshold, "value": metrics[key], "met": metrics[key] >= threshold}
        for key, description, threshold in TARGETS if key in metrics
    }


# -- machine and versions -----------------------------------------------------------------------

def command_output(command: list[str]) -> str:
    try:
        completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=30)
        return completed.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine_info() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory_kb = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")), 0)
    return {
        "nproc": os.cpu_count(), "cpu_model": cpu, "memory_gib": round(memory_kb / 1024 / 1024, 1),
        "kernel": platform.release(), "os": command_output(["sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"]),
        "load_average_at_start": list(os.getloadavg()),
    }


def versions(args: argparse.Namespace) -> dict:
    kcat = command_output(["kcat", "-V"])
    librdkafka = re.search(r"librdkafka ([0-9.]+)", kcat)
    reference = command_output([args.python, "-c",
                                "import importlib.metadata as m, sys; print(m.version('pgqueuer'), m.version('asyncpg'), "
                                "sys.version.split()[0])"]).split()
    swift = command_output(["swift", "--version"])
    return {
        "swift": swift.splitlines()[0] if swift else "",
        "postgresql": command_output(["psql", "-X", "-At", args.database_url, "-c", "SHOW server_version"]),
        "pgbench": command_output(["pgbench", "--version"]),
        "kcat": (re.search(r"Version ([0-9.]+)", kcat) or [None, ""])[1],
        "librdkafka_runtime": librdkafka[1] if librdkafka else "",
        "broker": command_output([args.tansu, "--version"]) if args.tansu else "",
        "pgqueuer": reference[0] if len(reference) > 0 else "",
        "asyncpg": reference[1] if len(reference) > 1 else "",
        "python": reference[2] if len(reference) > 2 else "",
    }


# -- report -------------------------------------------------------------------------------------

def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} {unit}".strip() if value >= 100 else f"{value:.2f}{unit}"


def print_table(metrics: dict, targets: dict, settings: dict) -> None:
    rows = [
        ("job queue drain", f"{settings['jobs']:,} no-op jobs", "jobqueue_drain_jobs_per_s",
         "PgQueuer", "pgqueuer_drain_jobs_per_s", "jobqueue_drain_vs_pgqueuer", "jobs/s"),
        ("job queue drain", f"{settings['jobs']:,} no-op jobs", "jobqueue_drain_jobs_per_s",
         f"pgbench -M {settings['pgbench_mode']}", "raw_sql_drain_jobs_per_s", "jobqueue_drain_vs_raw_sql", "jobs/s"),
        ("job queue drain", f"{settings['jobs']:,} no-op jobs", "jobqueue_drain_jobs_per_s",
         "PgQueuer, async commit*", "pgqueuer_async_commit_drain_jobs_per_s",
         "jobqueue_drain_vs_pgqueuer_async_commit", "jobs/s"),
        ("job queue steady", f"{settings['steady_seconds']:g} s, completed", "jobqueue_steady_jobs_per_s",
         "PgQueuer", "pgqueuer_steady_jobs_per_s", "jobqueue_steady_vs_pgqueuer", "jobs/s"),
        ("Kafka producer", f"{settings['messages']:,} × {settings['message_bytes']} B", "producer_msgs_per_s",
         "kcat -P", "kcat_msgs_per_s", "producer_vs_kcat", "msgs/s"),
        ("outbox relay", f"{settings['events']:,} events", "relay_events_per_s",
         "outbox insert", "outbox_insert_events_per_s", "relay_vs_insert_rate", "events/s"),
    ]
    header = ("benchmark", "workload", "Inngang", "reference", "reference figure", "ratio", "target", "met")
    table = [header]
    for name, workload, ours, ref_name, ref, ratio_key, unit in rows:
        if ref not in metrics:
            continue
        target = targets.get(ratio_key)
        table.append((name, workload, fmt(metrics.get(ours), unit), ref_name, fmt(metrics.get(ref), unit),
                      f"{metrics[ratio_key]:.2f}×" if ratio_key in metrics else "—",
                      f"≥ {target['threshold']:g}×" if target else "—",
                      ("yes" if target["met"] else "NO") if target else "—"))
    if "relay_events_per_s" in targets:
        t = targets["relay_events_per_s"]
        table.append(("outbox relay", "absolute", fmt(t["value"], "events/s"), "", "", "", "≥ 10,000/s",
                      "yes" if t["met"] else "NO"))
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    print()
    for index, row in enumerate(table):
        print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
    if "pgqueuer_async_commit_drain_jobs_per_s" in metrics:
        print("* diagnostic, no target: PgQueuer's database set to synchronous_commit = off, the commit mode of\n"
              "  Inngang's lease/complete statements (JobSQL.asyncCommit); PgQueuer's default commits synchronously.")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench-bin", required=True, help="the release inngang-bench executable")
    parser.add_argument("--python", required=True, help="python with the pinned reference tools (bench/requirements.txt)")
    parser.add_argument("--database-url", default="postgres://inngang:inngang@127.0.0.1:55432/inngang")
    parser.add_argument("--brokers", default="127.0.0.1:59092")
    parser.add_argument("--tansu", default="", help="the broker executable (for its version)")
    parser.add_argument("--work-dir", default=".local/bench")
    parser.add_argument("--output", default=".local/bench/summary.json")
    parser.add_argument("--only", default="jobs,kafka,outbox", help="comma-separated: jobs, kafka, outbox")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=4, help="workers = database connections, for every queue")
    parser.add_argument("--batch-size", type=int, default=16, help="jobs per lease / dequeue")
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--pgbench-mode", default="extended", choices=["extended", "prepared", "simple"])
    parser.add_argument("--steady-seconds", type=float, default=30.0)
    parser.add_argument("--steady-warmup", type=float, default=3.0)
    parser.add_argument("--producers", type=int, default=4, help="enqueueing connections in the steady benchmark")
    parser.add_argument("--enqueue-batch", type=int, default=10)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--message-bytes", type=int, default=200)
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()

    started = time.perf_counter()
    machine = machine_info()
    runs, errors = run_all(args)
    metrics = metrics_from(runs)
    targets = targets_from(metrics)
    settings = {
        "rounds": args.rounds, "statistic": "figures: median over rounds; ratios: median over rounds of Inngang / reference "
                     "measured in the same round",
        "producer_pairs_per_round": REPEATS["producer"],
        "workers": args.workers, "connections": args.workers, "batch_size": args.batch_size,
        "concurrency_note": (
            f"{args.workers} workers with {args.workers} database connections for queue statements in every queue: "
            f"Inngang {args.workers} JobWorkers sharing a {args.workers}-connection pool (+1 LISTEN connection each), "
            f"PgQueuer {args.workers} QueueManagers with one asyncpg connection each (one process, uvloop), "
            f"pgbench {args.workers} clients; {args.batch_size} jobs per lease/dequeue"),
        "jobs": args.jobs, "pgbench_mode": args.pgbench_mode,
        "steady_seconds": args.steady_seconds, "steady_warmup_seconds": args.steady_warmup,
        "steady_producers": args.producers, "steady_enqueue_batch": args.enqueue_batch,
        "messages": args.messages, "message_bytes": args.message_bytes, "producer_partitions": 1,
        "producer_timing": "both producers timed from process start to exit after the last delivery report; "
                           "idempotent, acks=all, same librdkafka runtime (LD_LIBRARY_PATH), fresh topic per run",
        "events": args.events, "outbox_insert_concurrency": args.workers,
    }
    summary = {
        **metrics,
        "targets": targets,
        "all_targets_met": bool(targets) and all(t["met"] for t in targets.values()),
        "errors": errors,
        "warnings": warnings_from(runs),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "duration_seconds": round(time.perf_counter() - started, 1),
        "machine": {**machine, "load_average_at_end": list(os.getloadavg())},
        "versions": versions(args),
        "settings": settings,
        "runs": runs,
    }
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(summary, indent=2, sort_keys=False) + "\n")
    print_table(metrics, targets, settings)
    for warning in summary["warnings"]:
        log(f"warning: {warning}")
    log(f"summary written to {output} ({summary['duration_seconds']:.0f} s)")
    if errors:
        log(f"{len(errors)} run(s) failed; see 'errors' in the summary")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
