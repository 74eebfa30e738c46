#!/usr/bin/env python3
"""Measures what `extract --jobs N` gains: wall time, CPU time, peak memory, and the CPU
time of each thread (sampled from /proc while the run goes) with the time it waited,
runnable, for a core (schedstat), for --jobs 1 and --jobs 2.

    bench/jobs_speedup.py CORPUS.jsonl [--bin target/release/chronicler] [--runs 3]

On a machine whose cores are busy with other work, wall time cannot show a speedup; the
per-thread CPU times still show how the work splits: with --jobs 2 the two workers each
do about half, and the longest thread bounds the wall time on two free cores. A worker's
wall time is its CPU time plus its wait for a core plus any time blocked; when the first
two add up to the wall time, nothing in chronicler serializes the workers.
"""
import argparse
import os
import resource
import subprocess
import time

TICK = os.sysconf("SC_CLK_TCK")


def thread_cpu(pid):
    """CPU seconds of each live thread of `pid`, by thread id."""
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            run_ns, wait_ns, _ = open(f"/proc/{pid}/task/{tid}/schedstat").read().split()
        except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
            continue
        out[tid] = (name, (int(fields[11]) + int(fields[12])) / TICK, int(wait_ns) / 1e9)
    return out


def run(binary, corpus, jobs):
    args = [binary, "extract", corpus, "--format", "jsonl", "-o", "/dev/null", "--quiet",
            "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.Popen(args)
    threads = {}
    while p.poll() is None:
        threads.update(thread_cpu(p.pid))
        time.sleep(0.2)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise SystemExit(f"chronicler exited {p.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss, sorted(threads.values(), key=lambda t: -t[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--bin", default="target/release/chronicler")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    size = os.path.getsize(a.corpus) / 1e6
    best = {}
    for _ in range(a.runs):
        for jobs in (1, 2):
            r = run(a.bin, a.corpus, jobs)
            if jobs not in best or r[0] < best[jobs][0]:
                best[jobs] = r
    for jobs, (wall, cpu, rss, threads) in sorted(best.items()):
        busiest = ", ".join(f"{n} {s:.1f}s (waited {w:.1f}s for a core)" for n, s, w in threads[:4])
        bound = threads[0][1] if threads else cpu
        print(f"--jobs {jobs}: wall {wall:.1f} s, CPU {cpu:.1f} s ({size / cpu:.1f} MB per CPU-second), "
              f"peak RSS {rss / 1024:.0f} MB; busiest threads: {busiest}; longest thread {bound:.1f} s")
    w1, w2 = best[1][0], best[2][0]
    t1, t2 = best[1][3][0][1], best[2][3][0][1]
    print(f"wall-time speedup {w1 / w2:.2f}x; longest-thread speedup {t1 / t2:.2f}x "
          f"(the wall-time speedup on two otherwise idle cores)")


if __name__ == "__main__":
    main()
