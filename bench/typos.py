"""Typo robustness: `wegwijzer eval` on copies of labelled sets with misspelt words, beside the sets as written.

Usage: python bench/typos.py [--rate 0.4] [--seed 2] [--split] SET.jsonl ...

Each word of five letters or more is misspelt with probability `rate` by one random edit (a letter dropped, two
swapped, one replaced or one doubled; never the first or last letter), the way a hurried advisor types. With
`--split`, instead, each compound of ten letters or more that the shipped vocabulary knows in two parts is written as
two words with probability `rate` ("huur achterstand"). The copies go to a temporary directory; nothing here is a
test: the figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

_SCRIPT = Path(sys.executable).parent / "wegwijzer"
KEYS = ("primary_accuracy", "theme_f1", "party_hit", "specific_hit_at1")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    edit = rng.randrange(4)
    if edit == 0:
        return word[:i] + word[i + 1 :]
    if edit == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if edit == 2:
        return word[:i] + rng.choice(LETTERS) + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def perturb(question: str, rate: float, rng: random.Random) -> str:
    words = question.split(" ")
    return " ".join(misspell(w, rng) if len(w) >= 5 and w.isalpha() and rng.random() < rate else w for w in words)


def splitter() -> Callable[[str, float, random.Random], str]:
    """A perturbation that writes known compounds as two words, by the shipped vocabulary."""
    from wegwijzer.index import Index
    from wegwijzer.kb import data_dir, load

    index = Index(load(data_dir(None)))

    def split(word: str) -> str:
        low = word.lower()
        if len(low) >= 10 and low.isalpha():
            for cut in range(4, len(low) - 3):
                if index.is_word(low[:cut]) and index.is_word(low[cut:]):
                    return f"{word[:cut]} {word[cut:]}"
        return word

    def perturb_split(question: str, rate: float, rng: random.Random) -> str:
        return " ".join(split(w) if rng.random() < rate else w for w in question.split(" "))

    return perturb_split


def metrics(path: Path) -> dict[str, float]:
    command = [str(_SCRIPT), "eval", str(path), "--json", "--worst", "0"]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout)["metrics"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--rate", type=float, default=0.4)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--split", action="store_true", help="write known compounds as two words instead")
    args = parser.parse_args()
    change = splitter() if args.split else perturb
    what = "compounds split" if args.split else "typos"
    print(f"| set | as written: {' / '.join(KEYS)} | with {what} (rate {args.rate}, seed {args.seed}) |")
    print("|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.sets:
            rng = random.Random(args.seed)
            cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for case in cases:
                case["question"] = change(case["question"], args.rate, rng)
            copy = Path(tmp) / path.name
            copy.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
            clean, typo = metrics(path), metrics(copy)
            row = [" / ".join(f"{m[k]:.3f}" for k in KEYS) for m in (clean, typo)]
            print(f"| {path.stem} | {row[0]} | {row[1]} |")


if __name__ == "__main__":
    main()
