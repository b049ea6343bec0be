"""The README's Python example prints what the README says it prints."""
import contextlib
import io
import os
import re

from conftest import SOURCE_TREE


def test_readme_example_output_is_real():
    with open(os.path.join(SOURCE_TREE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme[readme.index("### Python\n"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    expected = re.search(r"```text\n(.*?)```", section, re.S).group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == expected
