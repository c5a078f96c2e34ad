"""python -m eval.synth OUT_DIR --reports N [--seed S] [--pdf-share F]"""

from __future__ import annotations

import argparse
import sys

from .core import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.synth", description="Generate a synthetic report corpus.")
    parser.add_argument("out_dir")
    parser.add_argument("--reports", type=int, required=True, help="number of reports (bodies x years)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pdf-share", type=float, default=0.5, help="share of reports written as PDF (0-1)")
    args = parser.parse_args(argv)
    if args.reports < 1 or not 0 <= args.pdf_share <= 1:
        parser.error("--reports must be >= 1 and --pdf-share within 0..1")
    print(generate(args.out_dir, args.reports, seed=args.seed, pdf_share=args.pdf_share).summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
