"""Load check for a workshop hub: N learners answering at once, and the facilitator's refresh.

    sudo .venv/bin/python scripts/hub_bench.py              # N = 2, 5, 10 (about 5 minutes)
    sudo .venv/bin/python scripts/hub_bench.py --sizes 2 5  # fewer

A measurement, not a test (nothing passes or fails): it prints a table, and writes it as JSON
to ``_output/hub_bench.json``, for docs/hosting.md to size a real hub. It starts the same hub as
``scripts/workshop-hub.sh`` (in a temporary prefix, on a free port on 127.0.0.1), makes N
learner accounts and a facilitator (random names, removed at the end), and for each N:

* starts every learner's server and kernel and opens the exercise "When yoga helped you";
* **click-to-feedback**: every learner checks an answer at the same moment, ``--rounds`` times
  in a row (the answer is scored and saved, and the feedback made, in their own kernel); the
  time from sending the click to the kernel's reply, over the hub's proxy and a websocket kept
  open as a notebook page keeps one;
* every learner shares their summary, and the facilitator's kernel reads the drop folder and
  draws "The room now" (**dashboard refresh**, read from scratch each time);
* **memory per learner**: the proportional set size (PSS) of their server and kernel together;
  and the hub's and the proxy's.

It also times a dashboard refresh over 30, 50 and 200 synthetic exports (the most the dashboard
reads from one folder), in this process, for the larger rooms it cannot simulate here.
Everything is stopped and removed however the run ends. Bounded: at most 12 learners.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import workshop_hub as wh  # noqa: E402

MAX_LEARNERS = 12
OPEN = """
from widgets.exercises import show
ex = show("mutuality-rewrite-yoga").exercise
"""
CLICK = """
import time as _t
_s = _t.perf_counter()
ex.answer.value = {answer!r}
ex.check_button.click()
assert ex.feedback.value
print(round((_t.perf_counter() - _s) * 1000, 1))
"""
ANSWERS = (
    "Have you tried yoga? It really helped me.",
    "What helps you unwind at the end of a long day?",
    "It sounds like you're exhausted. What would help tonight?",
)
SHARE = """
from widgets.exercises import share_with_facilitator
view = share_with_facilitator().share_view
view.share_button.click()
assert "Shared." in view.status.value, view.status.value
"""
REFRESH = """
import time as _t
from widgets.tools.room_view import RoomView
_times = []
for _ in range(3):
    _s = _t.perf_counter()
    RoomView({drop!r})
    _times.append((_t.perf_counter() - _s) * 1000)
print(round(min(_times), 1), round(max(_times), 1))
"""


def pss_mb(uid: int) -> float:
    import psutil

    total = 0
    for pid in wh.pids_of(uid):
        try:
            total += psutil.Process(pid).memory_full_info().pss
        except (psutil.Error, AttributeError):
            continue
    return total / 2**20


def process_mb(pid: int) -> float:
    import psutil

    try:
        return psutil.Process(pid).memory_full_info().pss / 2**20
    except psutil.Error:
        return 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Learner:
    def __init__(self, hub: wh.Hub, name: str) -> None:
        self.name = name
        self.session = wh.UserSession(hub, name)
        self.kernel = ""
        self.ws = None

    def ready(self) -> None:
        self.session.start_server()
        self.kernel = self.session.start_kernel()
        self.ws = self.session.connect(self.kernel)
        self.session.execute(self.kernel, OPEN, ws=self.ws)

    def click(self, answer: str) -> tuple[float, float]:
        started = time.perf_counter()
        said = self.session.execute(self.kernel, CLICK.format(answer=answer), ws=self.ws)
        return (time.perf_counter() - started) * 1000, float(said.strip())


def in_parallel(jobs) -> None:
    errors: list[BaseException] = []

    def run(job):
        try:
            job()
        except BaseException as err:  # reported after all have finished
            errors.append(err)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def measure(hub, learners: list[Learner], facilitator: wh.UserSession, kernel: str, rounds: int):
    barrier = threading.Barrier(len(learners))
    trips: list[float] = []
    inside: list[float] = []
    lock = threading.Lock()

    def answering(learner: Learner):
        def job():
            barrier.wait()
            for i in range(rounds):
                trip, kernel_ms = learner.click(ANSWERS[i % len(ANSWERS)])
                with lock:
                    trips.append(trip)
                    inside.append(kernel_ms)

        return job

    in_parallel([answering(learner) for learner in learners])
    in_parallel([lambda lr=lr: lr.session.execute(lr.kernel, SHARE, ws=lr.ws) for lr in learners])
    said = facilitator.execute(kernel, REFRESH.format(drop=str(hub.drop))).split()
    import pwd

    memory = [pss_mb(pwd.getpwnam(lr.name).pw_uid) for lr in learners]
    return {
        "learners": len(learners),
        "click_ms_median": round(statistics.median(trips), 1),
        "click_ms_p95": round(percentile(trips, 0.95), 1),
        "click_ms_max": round(max(trips), 1),
        "kernel_ms_median": round(statistics.median(inside), 1),
        "refresh_ms_min": float(said[0]),
        "refresh_ms_max": float(said[1]),
        "memory_mb_per_learner": round(statistics.mean(memory), 1),
        "memory_mb_total_learners": round(sum(memory), 1),
        "hub_mb": round(process_mb(hub.proc.pid), 1),
    }


def synthetic_refresh(sizes=(30, 50, 200)) -> dict[int, float]:
    """A refresh over many exports (made by the dashboard's own demo maker), in this process."""
    from widgets.tools.dashboard import make_demo_exports
    from widgets.tools.room_view import RoomView

    found = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="peer-course-bench-") as folder:
            make_demo_exports(folder, n=n, seed=1)
            RoomView(folder)  # warm: the bank, the agenda and the prompts are read once
            started = time.perf_counter()
            RoomView(folder)
            found[n] = round((time.perf_counter() - started) * 1000, 1)
    return found


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 5, 10])
    parser.add_argument("--rounds", type=int, default=5, help="answers each learner checks")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes))
    if os.geteuid() != 0:
        raise SystemExit("Run as root: the benchmark makes Unix accounts for its learners.")
    if not sizes or sizes[0] < 1 or sizes[-1] > MAX_LEARNERS:
        raise SystemExit(f"Sizes from 1 to {MAX_LEARNERS} learners, please.")
    tag = secrets.token_hex(2)
    names = [f"pb{tag}l{i}" for i in range(1, sizes[-1] + 1)]
    facilitator_name = f"pb{tag}f1"
    prefix = Path(tempfile.mkdtemp(prefix="peer-course-bench-"))
    os.chmod(prefix, 0o755)
    hub = wh.Hub(prefix=prefix, workshop="bench", port=wh.free_port())
    made_groups = [g for g in (wh.LEARNERS_GROUP, wh.FACILITATORS_GROUP) if not _group_exists(g)]
    results = []
    try:
        for name in names:
            wh.add_user(name)
        wh.add_user(facilitator_name, facilitator=True)
        hub.build()
        hub.start()
        facilitator = wh.UserSession(hub, facilitator_name)
        facilitator.start_server()
        fac_kernel = facilitator.start_kernel()
        learners: list[Learner] = []
        for size in sizes:
            new = [Learner(hub, name) for name in names[len(learners) : size]]
            started = time.perf_counter()
            in_parallel([learner.ready for learner in new])
            ready_s = time.perf_counter() - started
            learners += new
            row = measure(hub, learners, facilitator, fac_kernel, args.rounds)
            row["start_s_for_new_learners"] = round(ready_s, 1)
            results.append(row)
            print(json.dumps(row), flush=True)
    finally:
        hub.stop()
        for name in [*names, facilitator_name]:
            wh.remove_user(name)
        for group in made_groups:
            subprocess.run(["groupdel", group], check=False, capture_output=True)
        shutil.rmtree(prefix, ignore_errors=True)
    synthetic = synthetic_refresh()
    report = {
        "machine": (
            f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
        ),
        "rounds": args.rounds,
        "results": results,
        "refresh_ms_synthetic_exports": synthetic,
    }
    out = wh.REPO / "_output" / "hub_bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=1))
    print()
    print(f"Machine: {report['machine']}; {args.rounds} answers checked by each learner at once.")
    head = "learners  click median  p95    max  (in kernel)  refresh  MB/learner  hub MB"
    print(head)
    for r in results:
        print(
            f"{r['learners']:>8}  {r['click_ms_median']:>9.0f} ms {r['click_ms_p95']:>5.0f} "
            f"{r['click_ms_max']:>6.0f}  {r['kernel_ms_median']:>8.0f} ms  "
            f"{r['refresh_ms_min']:>5.0f} ms  {r['memory_mb_per_learner']:>9.0f}  "
            f"{r['hub_mb']:>6.0f}"
        )
    print(f"Dashboard refresh over synthetic exports (ms): {synthetic}")
    print(f"Written to {out}")


if __name__ == "__main__":
    main()
