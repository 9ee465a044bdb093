"""`python -m nlp.safeguarding.fit [-o PATH]`: fit the learned safeguarding tier and save its weights (`make model`)."""

import argparse
from pathlib import Path

from nlp.safeguarding.learned import SAVED, save


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m nlp.safeguarding.fit", description=__doc__)
    parser.add_argument("-o", "--output", type=Path, default=SAVED)
    args = parser.parse_args(argv)
    save(args.output)
    print(f"wrote the learned safeguarding tier to {args.output}")


if __name__ == "__main__":
    main()
