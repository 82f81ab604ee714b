"""The import contracts in .importlinter: kept by the code, and broken by an import they forbid."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("portal", "casestudies", "playbook", "submissions", "search")
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(folder):
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--no-logo"], cwd=folder, capture_output=True, text=True
    )


@pytest.fixture
def project(tmp_path):
    """The apps' Python files and the contracts, in a folder of their own."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc", "locale"))
    shutil.copy(ROOT / ".importlinter", tmp_path)
    return tmp_path


def add_import(folder, module, statement):
    path = folder / module
    path.write_text(f"{statement}\n{path.read_text()}")


def test_the_code_keeps_the_contracts():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout
    assert "2 kept, 0 broken" in result.stdout


def test_the_copy_keeps_them_too(project):
    assert lint_imports(project).returncode == 0


@pytest.mark.parametrize(
    ("module", "statement", "contract"),
    [
        ("portal/sections.py", "import casestudies.models", "portal never imports an app BROKEN"),
        ("casestudies/models/__init__.py", "import playbook.models", "named exceptions BROKEN"),
        ("casestudies/feeds.py", "from search import views", "named exceptions BROKEN"),
        ("submissions/factories.py", "import search.views", "named exceptions BROKEN"),
        ("playbook/models/__init__.py", "import submissions.models", "named exceptions BROKEN"),
        ("search/queries.py", "import playbook.models", "named exceptions BROKEN"),
        ("casestudies/detail.py", "import playbook.wagtail_hooks", "named exceptions BROKEN"),
    ],
)
def test_a_forbidden_import_breaks_a_contract(project, module, statement, contract):
    add_import(project, module, statement)
    result = lint_imports(project)
    assert result.returncode == 1
    assert contract in result.stdout


@pytest.mark.parametrize(
    ("module", "statement"),
    [
        ("submissions/forms.py", "import casestudies.models"),
        ("search/queries.py", "import casestudies.models"),
        ("playbook/models/__init__.py", "import casestudies.models"),
    ],
)
def test_the_named_exceptions_are_allowed(project, module, statement):
    add_import(project, module, statement)
    assert lint_imports(project).returncode == 0
