"""The declarations copied into samnet/_ffi.py match the C headers.

ABI mode trusts _ffi.py's copy of every struct the binding allocates and of
every enum it passes.  This test asks the C compiler for the truth: it writes
a program that includes <samnet.h> and prints sizeof, each field's offset and
each enumerator's value for every complete struct and enum that _ffi.py
declares, and compares them with cffi's view of the copy.  A field added to a
header, or an enumerator inserted, fails here instead of corrupting memory.
"""
import os
import shutil
import subprocess

import pytest

from samnet._ffi import ffi

from conftest import SOURCE_TREE


def declared_layout():
    """[(kind, C expression, cffi's value)] for _ffi.py's structs and enums."""
    facts = []
    typedefs, _, _ = ffi.list_types()
    for name in sorted(typedefs):
        t = ffi.typeof(name)
        if t.kind == "struct" and t.fields is not None:
            facts.append(("sizeof", name, ffi.sizeof(t)))
            for field, info in t.fields:
                facts.append(("offsetof", "%s, %s" % (name, field), info.offset))
        elif t.kind == "enum":
            for enumerator, value in sorted(t.relements.items()):
                facts.append(("enum", enumerator, value))
    return facts


def c_program(facts):
    lines = ["#include <stddef.h>", "#include <stdio.h>", "#include <samnet.h>",
             "int main(void)", "{"]
    for kind, expr, _ in facts:
        if kind == "enum":
            lines.append('\tprintf("%%lld\\n", (long long)%s);' % expr)
        else:
            lines.append('\tprintf("%%zu\\n", %s(%s));' % (kind, expr))
    lines += ["\treturn 0;", "}"]
    return "\n".join(lines) + "\n"


def test_ffi_copy_matches_headers(tmp_path):
    cc = os.environ.get("CC", "cc").split()[0]
    if not shutil.which(cc):
        pytest.skip("no C compiler")
    facts = declared_layout()
    assert len(facts) > 50, "the struct and enum copies were not found"
    source = tmp_path / "layout.c"
    source.write_text(c_program(facts))
    program = tmp_path / "layout"
    include = os.path.join(SOURCE_TREE, "include")
    subprocess.run([cc, "-std=c11", "-I", include, "-o", str(program), str(source)],
                   check=True)
    printed = subprocess.run([str(program)], check=True, capture_output=True,
                             text=True).stdout.split()
    assert len(printed) == len(facts)
    wrong = ["%s(%s): header %s, _ffi.py %d" % (kind, expr, c, py)
             for (kind, expr, py), c in zip(facts, printed) if int(c) != py]
    assert not wrong, "\n".join(wrong)
