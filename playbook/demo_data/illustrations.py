"""Which demo case studies (by their Dutch slug) illustrate which draaiboek chapters and
reflection exercises (by their Dutch slug)."""

TADA = "ku-leuven-tada-strategisch-partnerschap"
GENT = "gent-buurtcampus-arteveldehogeschool"
LEIDEN = "leiden-leren-met-de-stad"
LEIDEN_NOORD = "leiden-noord-leren-met-de-stad-op-locatie"
LEIDEN_LAB = "leiden-stad-als-lab-convenant-student-en-stad"
LEUVEN = "leuven-studentenprojecten-draaiboek"

PARTNERSHIP_CASES = [LEIDEN, LEIDEN_NOORD, LEIDEN_LAB, GENT, TADA]

ILLUSTRATED_BY = {
    # chapters
    "modelcontract": [LEUVEN],
    "van-project-naar-overeenkomst": [LEUVEN],
    "projectgroep": [LEUVEN],
    "coaching-gemengde-teams": [LEUVEN],
    "soorten-partnerschap": PARTNERSHIP_CASES,
    "transformatief-partnerschap": PARTNERSHIP_CASES,
    "een-passend-vraagstuk": [LEIDEN],
    # exercises
    "wie-zijn-uw-partners": PARTNERSHIP_CASES,
    "strategisch-of-ad-hoc": [LEIDEN_LAB, TADA],
}
