"""`python -m nlp`: theme, train and evaluate from the command line. A thin layer over the nlp library."""

import argparse
import importlib
import importlib.util
import json
import sys
from pathlib import Path

import nlp
from nlp.rows import InputError, Row, RowError, add_input_arguments, run_rows

# Modules that may add subcommands (a `register_cli(subparsers)` function) and per-answer keys to `theme`.
OPTIONAL_MODULES = ("nlp.redaction", "nlp.safeguarding")


def _optional(module_name: str):
    """The module if it exists. Only its absence is forgiven: an error inside it must surface."""
    if importlib.util.find_spec(module_name) is None:
        return None
    return importlib.import_module(module_name)


def theme_annotator(model, counts: dict) -> "callable":
    """Batch function for `theme`: themes for every row, plus redaction and safeguarding where those modules exist."""
    redaction = _optional("nlp.redaction")
    safeguarding = _optional("nlp.safeguarding")

    def annotate(rows: list[Row]) -> list[dict]:
        results = model.theme([r.text for r in rows], [r.question for r in rows])
        for row, result in zip(rows, results, strict=True):
            counts["themes"] += len(result["themes"])
            if redaction is not None:
                result.update(redaction.redact(row.text))  # adds "redacted" and "pii"
            if safeguarding is not None:
                result["safeguarding"] = safeguarding.check(row.text)
        return results

    return annotate


def cmd_theme(args) -> int:
    model = nlp.load_model(args.model)
    counts = {"themes": 0}
    return run_rows(
        args, theme_annotator(model, counts), verb="themed", extra_summary=lambda: f"{counts['themes']:,} themes found"
    )


def _read_all(paths: list[str]) -> list[dict]:
    """Every file's examples, in order; a file named twice counts twice (how `make setup` weighs hand-written data)."""
    return [example for path in paths for example in nlp.read_examples(path)]


def cmd_train(args) -> int:
    from nlp.labels import labels_in_data, read_labels_file
    from nlp.metrics import format_table

    log = (lambda message: None) if args.quiet else (lambda message: print(message, file=sys.stderr))
    examples = _read_all(args.data)
    if args.labels:
        labels = read_labels_file(Path(args.labels))
    elif args.labels_from_data:
        labels = labels_in_data(examples)
    else:
        labels = None
    model = nlp.train(
        examples,
        None,
        labels=labels,
        dev_examples=_read_all(args.dev) if args.dev else None,
        name=args.name,
        version=args.version,
        epochs=args.epochs,
        refit=not args.no_refit,
        use_lexicon=not args.no_lexicon,
        seed=args.seed,
        data_note=args.note or f"From {', '.join(Path(d).name for d in args.data)}.",
        log=log,
    )
    if args.test:
        model.meta["scores"]["test"] = nlp.evaluate(model, args.test)
        model.meta["data"]["test_file"] = Path(args.test).name
        log(format_table(model.meta["scores"]["test"]))
    from nlp.training import save

    save(model, Path(args.output))
    log(f"wrote {model.name} to {args.output} in {model.meta['training_seconds']} s")
    return 0


def cmd_evaluate(args) -> int:
    from nlp.metrics import format_table

    scores = nlp.evaluate(nlp.load_model(args.model_dir), args.data)
    print(json.dumps(scores, indent=2) if args.json else format_table(scores))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m nlp", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("theme", help="theme answers: CSV/JSON Lines in, JSON Lines out")
    add_input_arguments(p)
    p.add_argument("--model", help="model directory (default: nlp/models/default)")
    p.set_defaults(handler=cmd_theme)

    p = sub.add_parser("train", help="train a model from labelled JSON Lines")
    p.add_argument("data", nargs="+", help='JSON Lines: {"text": ..., "themes": [...], "question"?: ...}; one or more')
    p.add_argument("-o", "--output", required=True, help="model directory to write")
    p.add_argument(
        "--dev",
        nargs="+",
        help="held-out JSON Lines for calibration and thresholds (default: 5-fold cross-validation over DATA)",
    )
    p.add_argument("--test", help="JSON Lines to score the model on; the scores go in the model card")
    labels = p.add_mutually_exclusive_group()
    labels.add_argument("--labels", help="label set: one per line, or a YAML/JSON list (default: the framework's)")
    labels.add_argument("--labels-from-data", action="store_true", help="use every label found in DATA")
    p.add_argument("--name", default="youth_voice_themes")
    p.add_argument("--version", help="model version (default: today's date)")
    p.add_argument("--epochs", type=int, default=10, help="spaCy textcat epochs (default: 10)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--note", help="a line about the data for the model card")
    p.add_argument("--no-refit", action="store_true", help="with --dev: ship the models fitted without the dev answers")
    p.add_argument("--no-lexicon", action="store_true", help="do not use nlp/lexicon.yaml theme words")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(handler=cmd_train)

    p = sub.add_parser("evaluate", help="score a model on labelled JSON Lines")
    p.add_argument("model_dir")
    p.add_argument("data")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(handler=cmd_evaluate)

    for module_name in OPTIONAL_MODULES:
        module = _optional(module_name)
        if module is not None and hasattr(module, "register_cli"):
            module.register_cli(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except RowError as error:
        print(f"error: {error}. Fix that row, or pass --skip-bad-rows FILE to set bad rows aside.", file=sys.stderr)
        return 1
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (nlp.ModelNotFound, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader (e.g. `head`) went away; nothing more to say
        return 0
