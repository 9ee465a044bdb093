"""Shared by the loader commands: --column field="Header" overrides, and printing a load's result."""

from django.core.management.base import CommandError

from engage.indicators.loaders import ColumnsMissing, LoadResult


def add_common_arguments(parser, fields: dict) -> None:
    parser.add_argument("path", help="the CSV file, as downloaded")
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar='FIELD="Header"',
        help=f"use this header for a field when the file names it differently; fields: {', '.join(fields)}",
    )
    parser.add_argument("--synthetic", action="store_true", help="mark what is loaded as made-up sample data")


def parse_columns(values: list[str], fields: dict) -> dict[str, str]:
    columns = {}
    for value in values:
        name, sep, header = value.partition("=")
        if not sep or name not in fields:
            raise CommandError(f'--column takes FIELD="Header" with FIELD one of: {", ".join(fields)}')
        columns[name] = header.strip().strip('"')
    return columns


def run(command, load, **kwargs) -> LoadResult:
    try:
        result = load(**kwargs)
    except ColumnsMissing as error:
        raise CommandError(str(error)) from error
    except FileNotFoundError as error:
        raise CommandError(f"No file at {error.filename}. Check the path.") from error
    style = command.style.WARNING if result.errors else command.style.SUCCESS
    command.stdout.write(style(result.summary()))
    return result
