"""The dependency locks: made from pyproject.toml's lists, complete and hashed; a stale lock fails CI."""

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ("requirements.txt", "requirements-test.txt")


def run_check(folder):
    return subprocess.run(
        [sys.executable, str(ROOT / "bin/lockfile.py"), "check"],
        cwd=folder,
        capture_output=True,
        text=True,
    )


def copy_project(tmp_path):
    for name in ("pyproject.toml", *LOCKS):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_the_committed_locks_match_pyproject():
    result = run_check(ROOT)
    assert result.returncode == 0, result.stderr


def test_a_changed_dependency_fails_with_one_line(tmp_path):
    folder = copy_project(tmp_path)
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"openpyxl==3.1.5",', '"openpyxl==3.1.4",'))
    result = run_check(folder)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "lock: requirements.txt is out of date with pyproject.toml; update it with bin/lock and commit it"
    ]


def test_a_changed_test_extra_fails_too(tmp_path):
    folder = copy_project(tmp_path)
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"pytest==', '"pytest-xdist==3.8.0",\n    "pytest=='))
    result = run_check(folder)
    assert result.returncode == 1
    assert "requirements.txt" in result.stderr


def test_a_missing_lock_fails(tmp_path):
    folder = copy_project(tmp_path)
    (folder / "requirements-test.txt").unlink()
    result = run_check(folder)
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "lock: requirements-test.txt is missing; update it with bin/lock and commit it"
    )


def test_other_settings_leave_the_lock_alone(tmp_path):
    folder = copy_project(tmp_path)
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("line-length = 110", "line-length = 100"))
    assert run_check(folder).returncode == 0


def locked(name):
    """{package: [hashes]} of a lock file."""
    packages = {}
    for entry in re.split(r"\n(?=\S)", (ROOT / name).read_text()):
        match = re.match(r"([A-Za-z0-9._-]+)==\S+", entry)
        if match:
            packages[match[1].lower().replace("_", "-")] = re.findall(r"--hash=sha256:[0-9a-f]{64}", entry)
    return packages


def test_every_direct_dependency_is_locked_at_its_pin_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for name, requirements in (
        ("requirements.txt", project["dependencies"]),
        ("requirements-test.txt", project["dependencies"] + project["optional-dependencies"]["test"]),
    ):
        lock = (ROOT / name).read_text().lower().replace("_", "-")
        for requirement in requirements:
            pin = re.sub(r"\[.*\]", "", requirement).lower().replace("_", "-")
            assert re.search(rf"^{re.escape(pin)}\b", lock, re.MULTILINE), f"{pin} not in {name}"
        packages = locked(name)
        assert all(packages.values()), [package for package, hashes in packages.items() if not hashes]


def test_transitive_dependencies_are_locked_too():
    packages = locked("requirements.txt")
    # Django's and Wagtail's own dependencies, named nowhere in pyproject.toml.
    for transitive in ("asgiref", "sqlparse", "willow", "django-modelcluster", "beautifulsoup4"):
        assert transitive in packages
    assert set(packages) < set(locked("requirements-test.txt"))
