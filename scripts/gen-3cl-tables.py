#!/usr/bin/env python3
"""Generates the 3CL-DPE 2021 tables that the ThreeCL engine carries (Sources/ThreeCL/Resources/).

Source: ../shared/data/dpe3cl/tables.json and enums.json — the tabulated values of the method
("méthode de calcul 3CL-DPE 2021", annex 1 of the arrêté of 31 March 2021 as amended) and the ADEME DPE XML
schema's enumerations, extracted as data from Open3CL/engine `src/tv.js` / `src/enums.js`
(commit bb583ee75bb9faf5f3c5ba0984115c21b7a167d5), see ../shared/data/dpe3cl/SOURCES.md.

What it does: keeps the tables the engine reads, trims the strings, and writes them compactly with a header naming
the source and its SHA-256, so that `git diff` shows when a regeneration changed a value.
Run: python3 scripts/gen-3cl-tables.py [path/to/shared/data/dpe3cl]
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "dpe3cl")
OUT = os.path.join(ROOT, "Sources", "ThreeCL", "Resources")

# District-heating tables of years before the method's 2021 start are not read.
SKIP = {"reseau_chaleur_2020"}


def trim(value):
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k.strip(): trim(v) for k, v in value.items()}
    if isinstance(value, list):
        return [trim(v) for v in value]
    return value


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    tables_path = os.path.join(SRC, "tables.json")
    enums_path = os.path.join(SRC, "enums.json")
    with open(tables_path, encoding="utf-8") as f:
        tables = json.load(f)
    with open(enums_path, encoding="utf-8") as f:
        enums = json.load(f)
    os.makedirs(OUT, exist_ok=True)
    header = {
        "source": "3CL-DPE 2021 tabulated values (arrêté du 31 mars 2021, annexe 1, as amended), extracted from "
                  "Open3CL/engine src/tv.js commit bb583ee75bb9faf5f3c5ba0984115c21b7a167d5",
        "source_sha256": digest(tables_path),
        "generator": "scripts/gen-3cl-tables.py",
    }
    kept = {k: trim(v) for k, v in sorted(tables.items()) if k not in SKIP}
    with open(os.path.join(OUT, "tables.json"), "w", encoding="utf-8") as f:
        json.dump({"header": header, "tables": kept}, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    header = dict(header, source="ADEME DPE XML schema enumerations, from Open3CL/engine src/enums.js "
                                 "commit bb583ee75bb9faf5f3c5ba0984115c21b7a167d5", source_sha256=digest(enums_path))
    with open(os.path.join(OUT, "enums.json"), "w", encoding="utf-8") as f:
        json.dump({"header": header, "enums": trim(enums)}, f, ensure_ascii=False, separators=(",", ":"),
                  sort_keys=True)
        f.write("\n")
    print(f"wrote {len(kept)} tables and {len(enums)} enumerations to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
