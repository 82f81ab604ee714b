"""axe-core (from npm) in the page under test."""

from django.conf import settings

AXE_SCRIPT = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


def axe_violations(page):
    """Runs axe on the loaded page; returns one line per violation and whether it blocks.

    add_script_tag inserts axe as an inline <script>, which our public policy
    (script-src 'self', no 'unsafe-inline') rightly refuses. Tests that call this
    open their browser context with Playwright's bypass_csp, which lifts the policy
    for that context only; test_privacy proves separately that every page works
    under the real policy.
    """
    page.add_script_tag(path=AXE_SCRIPT)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_21_AA,
    )
    return [
        (
            violation["impact"] in BLOCKING_IMPACTS,
            f"{violation['id']} [{violation['impact']}] {violation['help']}: "
            + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5]),
        )
        for violation in result["violations"]
    ]
