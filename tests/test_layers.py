"""The package's layers, checked: imports point one way, and only the ui layer uses ipywidgets.

core <- scoring <- content;  core <- store;  (scoring, content, store) <- ui <- exercises;
tools may use anything, and nothing in the course imports tools. A change that breaks this
(a lazy import reaching back up, a widget inside the scorer) fails here with the module named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "widgets"

#: What each layer may import from the package (besides itself).
ALLOWED = {
    "core": {"core"},
    "scoring": {"core"},
    "content": {"core", "scoring"},
    "store": {"core"},
    "ui": {"core", "scoring", "content", "store"},
    "exercises": {"core", "scoring", "content", "store", "ui"},
    "tools": {"core", "scoring", "content", "store", "ui", "exercises"},
    "__main__": {"tools"},
}
#: Layers that must stay free of widget code (pure Python, testable without a browser).
PURE = ("core", "scoring", "content", "store")


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in a file, including ones inside functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "widgets":
                found += [(node.lineno, f"widgets.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_belongs_to_a_layer():
    assert {layer_of(p) for p in MODULES} - {"__init__"} <= set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_the_layers(path: Path):
    layer = layer_of(path)
    if layer == "__init__":
        return
    for line, module in imports(path):
        parts = module.split(".")
        if parts[0] == "widgets" and len(parts) > 1:
            target = parts[1]
            assert target == layer or target in ALLOWED[layer], (
                f"{path.relative_to(PACKAGE)}:{line} imports {module}: the {layer} layer may "
                f"only use {sorted(ALLOWED[layer])}"
            )
        if layer in PURE:
            assert parts[0] not in ("ipywidgets", "IPython"), (
                f"{path.relative_to(PACKAGE)}:{line} imports {module}: {layer} is pure Python"
            )


def test_no_module_is_too_big_to_read_in_one_sitting():
    """About 600 lines at most (CONTRIBUTING.md lists any module that is better whole)."""
    allowed_whole = {
        p.strip()
        for p in (PACKAGE.parent / "CONTRIBUTING.md").read_text(encoding="utf-8").split("`")
        if p.strip().startswith("widgets/") and p.strip().endswith(".py")
    }
    too_big = [
        f"{p.relative_to(PACKAGE.parent)} ({n} lines)"
        for p in MODULES
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
        and str(p.relative_to(PACKAGE.parent)) not in allowed_whole
    ]
    assert not too_big, too_big


def test_every_module_is_on_the_map_in_contributing():
    """A newcomer finds each module in CONTRIBUTING.md's architecture table, in its layer's row."""
    rows = {
        line.split("|")[1].strip(" `/"): line
        for line in (PACKAGE.parent / "CONTRIBUTING.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    }
    missing = [
        str(p.relative_to(PACKAGE.parent))
        for p in MODULES
        if p.parent != PACKAGE
        and p.name != "__init__.py"
        and f"`{p.name}`" not in rows.get(p.parent.name, "")
        and f"`{p.stem}" not in rows.get(p.parent.name, "")
    ]
    assert not missing, f"add these to the Architecture table in CONTRIBUTING.md: {missing}"
