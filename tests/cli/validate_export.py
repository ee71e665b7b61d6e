#!/usr/bin/env python3
"""Runs `export json` and validates its output against docs/export.schema.json (JSON Schema
2020-12, with Debian's python3-jsonschema), then checks what the schema cannot: each earliest is
on or before its latest, and every citation names a listed source. Exit 0 when valid."""
import json
import subprocess
import sys

import jsonschema


def dated_pairs(node, path="$"):
    if isinstance(node, dict):
        if "earliest" in node and "latest" in node and node["earliest"] and node["latest"]:
            yield path, node["earliest"], node["latest"]
        for k, v in node.items():
            yield from dated_pairs(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from dated_pairs(v, f"{path}[{i}]")


def citations(node):
    if isinstance(node, dict):
        if "source" in node and ("quote" in node or "paraphrase" in node):
            yield node["source"]
        for v in node.values():
            yield from citations(v)
    elif isinstance(node, list):
        for v in node:
            yield from citations(v)


def main() -> int:
    program, schema_path = sys.argv[1], sys.argv[2]
    out = subprocess.run([program, "json"], check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    for e in errors[:20]:
        print(f"schema: {'/'.join(map(str, e.path))}: {e.message[:200]}")
    bad = [(p, a, b) for p, a, b in dated_pairs(data) if a > b]
    for p, a, b in bad:
        print(f"{p}: earliest {a} after latest {b}")
    ids = {s["id"] for s in data["sources"]}
    unknown = sorted({s for s in citations(data) if s not in ids})
    for s in unknown:
        print(f"a citation names an unlisted source '{s}'")
    if errors or bad or unknown:
        return 1
    print(f"export json is valid: {len(data['meetings'])} meetings, {len(data['requests'])} requests, "
          f"{len(data['secretaries_general'])} terms, {len(data['sources'])} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
