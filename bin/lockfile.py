"""The dependency locks: requirements.txt (the site) and requirements-test.txt (the site and its tests).

    python bin/lockfile.py check    exit 1 with one line when a lock was not made from pyproject.toml's
                                    current dependency lists
    python bin/lockfile.py update   compile both locks with uv (every package, transitive ones too, with
                                    the hashes of every file PyPI has for it); `bin/lock` runs this

Each lock's first line carries a fingerprint of the lists it was made from (dependencies, optional
dependencies, requires-python), so `check` needs nothing but Python 3.11: no network, no uv.
Runs from the project folder.
"""

import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

# lock file -> the extras it holds
LOCKS = {"requirements.txt": [], "requirements-test.txt": ["test"]}
FINGERPRINT = "# pyproject.toml dependencies sha256: "


def fingerprint(pyproject: Path) -> str:
    project = tomllib.loads(pyproject.read_text())["project"]
    lists = {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
    }
    return hashlib.sha256(json.dumps(lists, sort_keys=True).encode()).hexdigest()


def check(folder: Path) -> int:
    expected = fingerprint(folder / "pyproject.toml")
    for name in LOCKS:
        lock = folder / name
        first = lock.read_text().partition("\n")[0] if lock.exists() else ""
        if first != FINGERPRINT + expected:
            why = "is missing" if not lock.exists() else "is out of date with pyproject.toml"
            print(f"lock: {name} {why}; update it with bin/lock and commit it", file=sys.stderr)
            return 1
    return 0


def update(folder: Path) -> int:
    uv = Path(sys.executable).with_name("uv")
    stamp = FINGERPRINT + fingerprint(folder / "pyproject.toml")
    for name, extras in LOCKS.items():
        command = [str(uv), "pip", "compile", "pyproject.toml", "--quiet", "--generate-hashes"]
        command += ["--universal", "--python-version", "3.11", "--custom-compile-command", "bin/lock"]
        for extra in extras:
            command += ["--extra", extra]
        # uv's default index (PyPI) only: no uv.toml and no UV_* settings of this machine.
        env = {key: value for key, value in os.environ.items() if not key.startswith("UV_")}
        command += ["--no-config"]
        # The command is built here from constants and pyproject.toml's extras.
        compiled = subprocess.run(  # noqa: S603
            command, cwd=folder, env=env, check=True, capture_output=True, text=True
        )
        (folder / name).write_text(f"{stamp}\n{compiled.stdout}")
        print(f"lock: wrote {name}")
    return 0


if __name__ == "__main__":
    actions = {"check": check, "update": update}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        sys.exit(__doc__)
    sys.exit(actions[sys.argv[1]](Path.cwd()))
