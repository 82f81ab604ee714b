# Shared by bin/start and bin/test: create .venv with Python 3.11 and install
# pyproject.toml's dependencies, again only when pyproject.toml changed.
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

ensure_venv() {
    extras="${1:-}"
    if [ ! -x "$VENV/bin/python" ]; then
        python=$(find_python)
        echo "Creating $VENV with $python..."
        "$python" -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
    stamp="$VENV/.installed$extras"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        echo "Installing dependencies${extras:+ ($extras)}..."
        "$VENV/bin/python" -m pip install --quiet ".${extras:+[$extras]}"
        rm -rf build ./*.egg-info
        touch "$stamp"
    fi
}
