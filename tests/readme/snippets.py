#!/usr/bin/env python3
"""tests/readme/snippets.py README.md OUT.cpp - turn the README's ```cpp blocks into one program.

Each block becomes the body of a function of its own (its variables cannot clash with another
block's), its #include lines go to the top, and main() runs every block in order, so a snippet
that stops compiling or crashes fails the test. The README's blocks are fragments that assume
`namespace g = boost::gregorian;`: the program declares it once.
"""
import pathlib
import re
import sys

readme, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
blocks = re.findall(r"^```cpp\n(.*?)^```", readme.read_text(encoding="utf-8"), re.M | re.S)
if not blocks:
    sys.exit("snippets.py: no ```cpp block in " + str(readme))
includes, bodies = [], []
for block in blocks:
    body = []
    for line in block.splitlines():
        if line.startswith("#include"):
            if line not in includes:
                includes.append(line)
        elif line.strip() != "namespace g = boost::gregorian;":
            body.append("    " + line if line.strip() else "")
    bodies.append(body)
lines = ["// GENERATED from README.md by tests/readme/snippets.py: every ```cpp block, compiled and run.",
         *includes, "#include <iostream>", "", "namespace g = boost::gregorian;", ""]
for i, body in enumerate(bodies, 1):
    lines += [f"void readme_snippet_{i}() {{", *body, "}", ""]
lines += ["int main() {", *[f"    readme_snippet_{i}();" for i in range(1, len(bodies) + 1)], "}", ""]
text = "\n".join(lines)
if not out.exists() or out.read_text(encoding="utf-8") != text:
    out.write_text(text, encoding="utf-8")
