"""pipelines/ and warehouse/ stay free of Dagster; pipelines/ also of DuckDB (the dependency rule)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "pipelines": {"dagster", "dagster_duckdb", "dagster_webserver", "duckdb", "assets"},
    "warehouse": {"dagster", "dagster_duckdb", "dagster_webserver", "assets"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_never_imports_orchestration(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    offenders = {
        str(f.relative_to(ROOT)): sorted(imported_modules(f) & FORBIDDEN[package])
        for f in files
        if imported_modules(f) & FORBIDDEN[package]
    }
    assert offenders == {}


def test_the_check_sees_imports(tmp_path):
    """The scanner itself finds both import forms (so the test above can fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text("import dagster as dg\nfrom duckdb import connect\n")
    assert imported_modules(sample) == {"dagster", "duckdb"}
