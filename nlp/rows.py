"""Answers in, one JSON object per answer out: the row handling every `python -m nlp` subcommand shares.

Input is CSV, JSON Lines, or `-` for stdin (format sniffed from the first character), read one row at a time so
memory stays flat on any size of file. A row that cannot be used (no text, bad JSON) becomes a RowError that names
its row number; `--skip-bad-rows FILE` writes those to FILE and carries on, otherwise the run stops with the message.

A subcommand built on this is a few lines:

    def register_cli(subparsers):                      # in nlp/<module>.py; nlp.cli calls it if present
        parser = subparsers.add_parser("redact", help="...")
        add_input_arguments(parser)
        parser.set_defaults(handler=lambda args: run_rows(args, annotate=my_batch_function, verb="redacted"))

where `my_batch_function(rows: list[Row]) -> list[dict]` returns one dict per row; each output line is
{"id": row.id, **that dict}.
"""

import argparse
import csv
import io
import itertools
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

BATCH_SIZE = 1000
PROGRESS_EVERY_SECONDS = 0.5
csv.field_size_limit(10_000_000)  # long answers are fine; the default 128 kB limit is not about us


@dataclass
class Row:
    number: int  # 1-based data row: CSV rows after the header, JSON Lines lines
    id: Any
    text: str
    question: str | None
    fields: dict = field(default_factory=dict)


class InputError(Exception):
    """The input as a whole cannot be read (no such file, no text column, not CSV or JSON Lines)."""


class RowError(Exception):
    """One row cannot be used."""

    def __init__(self, number: int, message: str, data: Any = None):
        super().__init__(f"row {number}: {message}")
        self.number = number
        self.message = message
        self.data = data


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The input/output options every row subcommand shares."""
    parser.add_argument("input", help="CSV or JSON Lines file of answers, or - for stdin")
    parser.add_argument("-o", "--output", default="-", help="JSON Lines output file, or - for stdout (default)")
    parser.add_argument("--format", choices=["csv", "jsonl"], help="input format (default: from the file name)")
    parser.add_argument("--text-column", default="text", help="column/key holding the answer (default: text)")
    parser.add_argument(
        "--id-column", default="id", help="column/key holding the row id (default: id; row number if absent)"
    )
    parser.add_argument(
        "--question-column", default="question", help="column/key with the question, optional (default: question)"
    )
    parser.add_argument("--skip-bad-rows", metavar="FILE", help="write unusable rows to FILE (JSON Lines) and go on")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=argparse.SUPPRESS)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")


def _open_input(source: str) -> TextIO:
    if source == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
    try:
        return open(source, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by read_rows
    except OSError as error:
        raise InputError(f"cannot open {source}: {error.strerror}") from None


def _sniff(source: str, lines: Iterator[str], fmt: str | None) -> tuple[str, Iterator[str]]:
    if fmt:
        return fmt, lines
    suffix = Path(source).suffix.lower()
    if suffix == ".csv":
        return "csv", lines
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl", lines
    head = list(itertools.islice(lines, 1))
    first = head[0].lstrip() if head else ""
    return ("jsonl" if first.startswith("{") else "csv"), itertools.chain(head, lines)


def read_rows(
    source: str,
    *,
    text_column: str = "text",
    id_column: str = "id",
    question_column: str | None = "question",
    fmt: str | None = None,
) -> Iterator[Row | RowError]:
    """Rows of `source` (a path or "-"), in order; unusable rows come as RowError, not raised.

    Raises InputError when the input as a whole cannot be read.
    """
    stream = _open_input(source)
    try:
        fmt, lines = _sniff(source, iter(stream), fmt)
        reader = _csv_rows if fmt == "csv" else _jsonl_rows
        yield from reader(lines, text_column, id_column, question_column)
    except UnicodeDecodeError as error:
        raise InputError(f"{source} is not UTF-8 text ({error.reason})") from None
    finally:
        if source != "-":
            stream.close()


def _csv_rows(lines: Iterable[str], text_column, id_column, question_column) -> Iterator[Row | RowError]:
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
        if header is None:
            return
        if text_column not in header:
            raise InputError(
                f"row 0 (the header): no {text_column!r} column; the columns are {', '.join(header)}. "
                "Use --text-column to name the one holding the answers."
            )
        for number, values in enumerate(reader, start=1):
            if not values:
                continue
            fields = dict(zip(header, values, strict=False))
            text = fields.get(text_column)
            if text is None:
                yield RowError(
                    number,
                    f"no value in the {text_column!r} column (the row has {len(values)} of {len(header)} columns)",
                    fields,
                )
                continue
            yield Row(number, fields.get(id_column) or number, text, fields.get(question_column) or None, fields)
    except csv.Error as error:
        raise InputError(f"line {reader.line_num}: cannot parse the CSV ({error})") from None


def _jsonl_rows(lines: Iterable[str], text_column, id_column, question_column) -> Iterator[Row | RowError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield RowError(number, f"not valid JSON ({error.msg} at column {error.colno})", line.rstrip("\n"))
            continue
        if not isinstance(data, dict):
            yield RowError(number, "expected a JSON object", data)
            continue
        text = data.get(text_column)
        if text is None:
            yield RowError(number, f"no {text_column!r} key (or it is null)", data)
            continue
        if not isinstance(text, str):
            yield RowError(number, f"{text_column!r} is {type(text).__name__}, not text", data)
            continue
        question = data.get(question_column) if question_column else None
        row_id = data.get(id_column)
        yield Row(
            number, number if row_id is None else row_id, text, question if isinstance(question, str) else None, data
        )


@dataclass
class Summary:
    rows: int = 0
    bad_rows: int = 0
    seconds: float = 0.0


class Progress:
    """Rows done and rate on stderr, only on a terminal and only every PROGRESS_EVERY_SECONDS."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.started = self.last = time.perf_counter()

    def update(self, rows: int) -> None:
        now = time.perf_counter()
        if self.enabled and now - self.last >= PROGRESS_EVERY_SECONDS:
            self.last = now
            sys.stderr.write(f"\r{rows:,} rows, {rows / (now - self.started):,.0f}/s")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def process(
    rows: Iterable[Row | RowError],
    annotate: Callable[[list[Row]], list[dict]],
    output: TextIO,
    *,
    bad_rows: TextIO | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> Summary:
    """Annotate rows in batches and write {"id", **annotation} per row, in input order.

    A RowError is written to `bad_rows` if given, else raised (rows before it have been written).
    """
    summary = Summary()
    started = time.perf_counter()

    def good_rows() -> Iterator[Row]:
        for item in rows:
            if isinstance(item, RowError):
                if bad_rows is None:
                    raise item
                summary.bad_rows += 1
                bad_rows.write(
                    json.dumps(
                        {"row": item.number, "error": item.message, "data": item.data}, ensure_ascii=False, default=str
                    )
                    + "\n"
                )
            else:
                yield item

    for batch in _batches(good_rows(), batch_size):
        for row, annotation in zip(batch, annotate(batch), strict=True):
            output.write(json.dumps({"id": row.id, **annotation}, ensure_ascii=False, default=str) + "\n")
        summary.rows += len(batch)
        if progress:
            progress.update(summary.rows)
    if progress:
        progress.done()
    summary.seconds = time.perf_counter() - started
    return summary


def run_rows(
    args: argparse.Namespace,
    annotate: Callable[[list[Row]], list[dict]],
    verb: str = "processed",
    extra_summary: Callable[[], str] = lambda: "",
) -> int:
    """Read args.input, annotate, write args.output; print a summary unless --quiet. Returns the exit code."""
    rows = read_rows(
        args.input,
        text_column=args.text_column,
        id_column=args.id_column,
        question_column=args.question_column,
        fmt=args.format,
    )
    output = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    bad = open(args.skip_bad_rows, "w", encoding="utf-8") if args.skip_bad_rows else None  # noqa: SIM115
    try:
        summary = process(
            rows, annotate, output, bad_rows=bad, batch_size=args.batch_size, progress=Progress(not args.quiet)
        )
    finally:
        if output is not sys.stdout:
            output.close()
        if bad:
            bad.close()
    if not args.quiet:
        rate = summary.rows / summary.seconds if summary.seconds else 0
        skipped = f", {summary.bad_rows:,} bad rows written to {args.skip_bad_rows}" if summary.bad_rows else ""
        extra = extra_summary()
        print(
            f"{verb} {summary.rows:,} rows{skipped}{', ' + extra if extra else ''} in {summary.seconds:.1f} s "
            f"({rate:,.0f} rows/s)",
            file=sys.stderr,
        )
    return 0
