"""Demo education offers and answer templates. The seeds name the institutions (Hogeschool
Leiden, Universiteit Leiden, mboRijnland) and the formats (course assignment, internship,
thesis, minor; seed 001) but no courses: the courses, dates and contacts below are invented
examples and say so in their names, so nobody takes them for an institution's real offer."""

from datetime import date

from portal.models import Institution, Theme

from ..models import AnswerTemplate, EducationOffer, Status
from .answers import DEFAULT_TEMPLATES

OFFERS = [
    {
        "institution": "hogeschool-leiden",
        "programme": "Social Work",
        "course": "Praktijkopdracht wijkgericht werken (voorbeeld)",
        "level": "hogeschool",
        "education_format": "course_assignment",
        "academic_year": "2026-2027",
        "period": "semester 2",
        "starts_on": date(2027, 2, 1),
        "ends_on": date(2027, 6, 30),
        "disciplines": "sociaal werk, wijkgericht werken",
        "themes": ["eenzaamheid", "vergrijzing", "wijkontwikkeling"],
        "capacity": 3,
        "contact_name": "Docent Social Work",
        "contact_email": "social-work@hsleiden.example",
    },
    {
        "institution": "universiteit-leiden",
        "programme": "Bestuurskunde",
        "course": "Bachelorscriptie Stad en Samenleving (voorbeeld)",
        "level": "university",
        "education_format": "thesis",
        "academic_year": "2027-2028",
        "period": "semester 1",
        "starts_on": date(2027, 9, 6),
        "ends_on": date(2028, 1, 28),
        "disciplines": "bestuurskunde, sociologie",
        "themes": ["eenzaamheid", "laaggeletterdheid", "diversiteit"],
        "capacity": 2,
        "contact_name": "Scriptiecoördinator",
        "contact_email": "scriptie@leiden.example",
    },
    {
        "institution": "mborijnland",
        "programme": "Maatschappelijke zorg",
        "course": "Stage in de wijk (voorbeeld)",
        "level": "mbo",
        "education_format": "internship",
        "academic_year": "2026-2027",
        "period": "periode 3",
        "starts_on": date(2027, 2, 8),
        "ends_on": date(2027, 4, 16),
        "disciplines": "zorg en welzijn",
        "themes": ["zorg-welzijn", "vergrijzing"],
        "capacity": 4,
        "contact_name": "Stagecoördinator",
        "contact_email": "stage@mborijnland.example",
    },
]

TEMPLATES = {
    (
        Status.INTAKE,
        "nl",
    ): "Dank u voor uw vraag. Wij nemen binnenkort contact met u op voor een intakegesprek.",
    (
        Status.INTAKE,
        "en",
    ): "Thank you for your question. We will contact you soon for an intake conversation.",
    (
        Status.SEEKING_MATCH,
        "nl",
    ): "Uw vraag is helder. Wij zoeken nu een vak, stage of scriptie die erbij past.",
    (
        Status.SEEKING_MATCH,
        "en",
    ): "Your question is clear. We are now looking for a course, internship or thesis that fits.",
    # Matched, in progress, completed, referred and declined: the templates that name what matters.
    **DEFAULT_TEMPLATES,
}


def build_offers(ctx):
    for data in OFFERS:
        values = dict(data)
        themes = values.pop("themes")
        values["institution"] = Institution.objects.get(key=values["institution"], locale=ctx.nl)
        offer, created = EducationOffer.objects.get_or_create(course=values.pop("course"), defaults=values)
        if created:
            offer.themes.set(Theme.objects.filter(key__in=themes, locale=ctx.nl))
            ctx.log(f"education offer {offer}")


def build_answer_templates():
    for (status, language), text in TEMPLATES.items():
        AnswerTemplate.objects.get_or_create(status=status, language=language, defaults={"text": text})
