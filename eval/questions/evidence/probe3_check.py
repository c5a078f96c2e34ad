"""Check probe3's evidence: every quote is in its report (whitespace ignored; PDFs read with
`pdftotext -layout`) and every computed answer re-computes from its quoted inputs.
Run from the repository root: python eval/questions/evidence/probe3_check.py"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOTS = (Path("data/sample-reports"), Path("../shared/real-reports"))
COMPUTED = {"118": 53 + 0 + 0 + 61 + 4, "3024": 3119 - 95, "1343": 4119 - 2776, "10037": 550 + 9487,
            "291": 836 - 545, "1331": 1323 + 8}


def text(name: str) -> str:
    path = next(r / name for r in ROOTS if (r / name).exists())
    raw = (subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
           if name.endswith(".pdf") else path.read_text(encoding="utf-8"))
    return re.sub(r"\s+", "", raw)


def main() -> int:
    bad = 0
    for line in Path("eval/questions/evidence/probe3.evidence.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for q in row["quotes"]:
            if re.sub(r"\s+", "", q["quote"]) not in text(q["file"]):
                print("missing quote:", row["id"], q["file"], q["quote"])
                bad += 1
    bad += sum(int(k) != v for k, v in COMPUTED.items())
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
