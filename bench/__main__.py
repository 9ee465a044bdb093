"""Run the benchmarks: `python -m bench [NAME ...]`.

Each module `bench/bench_<name>.py` defines `run() -> list[Figure]`. The runner prints every figure beside its
target and writes `bench/results/<name>.json`. Benchmarks measure; they never fail the build (tests do that).
"""

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

from bench.figures import Figure

RESULTS = Path(__file__).resolve().parent / "results"


def _modules(selected: list[str]) -> list[str]:
    names = sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    )
    unknown = set(selected) - set(names)
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(names)}")
    return [n for n in names if not selected or n in selected]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    for name in _modules(args.names):
        module = importlib.import_module(f"bench.bench_{name}")
        started = time.perf_counter()
        figures: list[Figure] = module.run()
        elapsed = time.perf_counter() - started
        print(f"\n== {name} ({elapsed:.1f} s)")
        for figure in figures:
            print("  " + figure.line())
        payload = {
            "benchmark": name,
            "seconds": round(elapsed, 2),
            "figures": [f.as_dict() for f in figures],
        }
        (RESULTS / f"{name}.json").write_text(json.dumps(payload, indent=2) + "\n")
    print(f"\nresults written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
