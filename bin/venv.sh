# Shared by bin/start, bin/test, bin/lock and .ci/run: create .venv with Python 3.11 and
# install the locked dependencies (requirements.txt, or requirements-test.txt for the
# tests), every file checked against the hash in the lock; again only when the lock changed.
VENV="${VENV:-.venv}"

find_python() {
    for candidate in "${PYTHON:-}" python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Kennisbrug needs Python 3.11: install it, or point PYTHON at it." >&2
    return 1
}

# Exit 1 with one line when a lock was not made from pyproject.toml's dependency lists.
check_lock() {
    python=$(find_python)
    "$python" bin/lockfile.py check
}

ensure_venv() {
    extras="${1:-}"
    lock="requirements${extras:+-$extras}.txt"
    if [ ! -x "$VENV/bin/python" ]; then
        python=$(find_python)
        echo "Creating $VENV with $python..."
        "$python" -m venv "$VENV"
    fi
    # A stale lock: bin/start and bin/test warn and go on with it, .ci/run has stopped already,
    # bin/lock (LOCK_OUTDATED_OK) is about to replace it.
    if [ -z "${LOCK_OUTDATED_OK:-}" ]; then
        check_lock || echo "Installing the dependencies of the old lock for now." >&2
    fi
    stamp="$VENV/.installed$extras"
    if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
        echo "Installing dependencies from $lock..."
        # Only the lock and PyPI: no machine-wide pip configuration (extra indexes, wheel folders).
        PIP_CONFIG_FILE=/dev/null "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
            --require-hashes -r "$lock"
        touch "$stamp"
    fi
}
