"""The rules between folders (DESIGN.md), checked on the import statements."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("grammar", "cmdlets", "rbac", "store", "shell")
THIRD_PARTY_BANNED = {
    "grammar": {"sqlalchemy", "prompt_toolkit", "pygments", "psycopg", "alembic"},
    "rbac": {"sqlalchemy", "prompt_toolkit", "pygments", "psycopg", "lark", "alembic"},
    "store": {"prompt_toolkit", "pygments", "lark"},
    "cmdlets": {"lark", "prompt_toolkit", "pygments", "sqlalchemy", "psycopg", "alembic"},
}
# Which other folders of ours each folder may import (lyncshell.<folder>).
ALLOWED_OURS = {
    "grammar": set(),
    "rbac": set(),
    "store": set(),
    "cmdlets": {"store", "rbac"},
    "shell": {"cmdlets", "grammar", "rbac", "store"},
}
# cmdlets sees the store only through records and interfaces, rbac only through its API.
CMDLETS_STORE_MODULES = {"lyncshell.store.records", "lyncshell.store.interfaces"}


def _imports(path: Path, folder: str) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = "lyncshell." + ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.append((module, node.lineno))
    return found


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", FOLDERS)
def test_folder_imports_follow_the_rules(folder: str) -> None:
    files = _python_files(folder)
    assert files, f"{folder}/ has no Python files"
    problems = []
    for path in files:
        for module, line in _imports(path, folder):
            top = module.split(".")[0]
            where = f"{path.relative_to(ROOT)}:{line} imports {module}"
            if top in THIRD_PARTY_BANNED.get(folder, set()):
                problems.append(where)
            if top == "lyncshell" and module.count(".") >= 1:
                ours = module.split(".")[1]
                if ours != folder and ours not in ALLOWED_OURS[folder]:
                    problems.append(where)
                if folder == "cmdlets" and ours == "store" and module not in CMDLETS_STORE_MODULES:
                    problems.append(where)
    assert not problems, "folder rules broken:\n" + "\n".join(problems)


def test_only_the_repl_imports_prompt_toolkit() -> None:
    offenders = []
    for folder in FOLDERS:
        for path in _python_files(folder):
            if path.is_relative_to(ROOT / "shell" / "repl"):
                continue
            for module, line in _imports(path, folder):
                if module.split(".")[0] == "prompt_toolkit":
                    offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert not offenders, offenders


def test_relative_imports_resolve_to_their_folder() -> None:
    """The checker itself must see relative imports across folders."""
    sample = ROOT / "cmdlets" / "lync" / "views.py"
    modules = [m for m, _ in _imports(sample, "cmdlets")]
    assert "lyncshell.store.records" in modules
    assert "lyncshell.cmdlets.lang.values" in modules


def test_every_package_folder_is_installed() -> None:
    """A plain `pip install .` ships only the packages pyproject lists."""
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapped = set(config["tool"]["setuptools"]["package-dir"].values())
    folders = {str(p.parent.relative_to(ROOT)) for f in FOLDERS for p in (ROOT / f).rglob("*.py")
               if "__pycache__" not in p.parts}
    assert folders <= mapped, f"not installed: {sorted(folders - mapped)}"
    assert set(config["tool"]["setuptools"]["packages"]) == set(config["tool"]["setuptools"]["package-dir"])


def test_lazy_command_indexes_name_their_classes() -> None:
    """Each family's index (command -> module, class) must load the command it names."""
    from lyncshell.cmdlets import ad, lync
    for family in (lync, ad):
        for name in family.COMMANDS:
            assert family.load(name).name == name
