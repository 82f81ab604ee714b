"""Forms say what they want (issue #19).

Every required field is marked required; no field marked optional is required in
practice (city and place: one of the two is needed, and the group says so); the error
summary names the field of each error it lists.
"""

import re

from django.forms import CheckboxSelectMultiple, RadioSelect
from django.template.loader import render_to_string
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from submissions.forms import InformationForm, VraagstukForm, WithdrawForm
from submissions.models import Vraagstuk
from submissions.views.impact import ImpactForm

from .helpers import FORM_URL, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]

REQUIRED_MARK = {"en": "(required)", "nl": "(verplicht)"}
OPTIONAL_MARK = {"en": "(optional)", "nl": "(niet verplicht)"}
# Not a question to the partner: the time-trap token and the honeypot.
NOT_QUESTIONS = {"form_token", "website"}


def caption_of(soup, field_id):
    """The text that names a field: its label, or the legend of its group of choices."""
    label = soup.find("label", attrs={"for": field_id})
    control = soup.find(id=field_id)
    group = control.find_parent("fieldset") if control else None
    if group is not None and field_id.endswith("_0"):
        return group.find("legend").get_text(" ", strip=True)
    return label.get_text(" ", strip=True)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_required_intake_field_is_marked_required_and_no_other(client, language):
    soup = BeautifulSoup(client.get(FORM_URL[language]).content, "html.parser")
    form = VraagstukForm()
    for name, field in form.fields.items():
        if name in NOT_QUESTIONS:
            continue
        bound = form[name]
        grouped = isinstance(field.widget, RadioSelect | CheckboxSelectMultiple)
        field_id = f"{bound.auto_id}_0" if grouped else bound.auto_id
        caption = caption_of(soup, field_id)
        assert (REQUIRED_MARK[language] in caption) == field.required, (name, caption)
        assert not (OPTIONAL_MARK[language] in caption and field.required), (name, caption)


@pytest.mark.parametrize("form_class", [InformationForm, WithdrawForm, ImpactForm])
def test_the_small_forms_mark_their_required_fields(form_class):
    with translation.override("en"):
        form = form_class(prefix={InformationForm: "info", WithdrawForm: "withdraw"}.get(form_class))
        for name, field in form.fields.items():
            html = render_to_string("submissions/includes/field.html", {"field": form[name]})
            assert (REQUIRED_MARK["en"] in html) == field.required, (form_class.__name__, name)


def test_every_field_labelled_optional_can_be_left_empty():
    with translation.override("en"):
        optional = [
            name for name, field in VraagstukForm.base_fields.items() if "(optional)" in str(field.label)
        ]
        assert len(optional) >= 5
        for name in optional:
            answers = valid_answers()
            answers.pop(name, None)
            form = VraagstukForm(answers)
            assert form.is_valid(), (name, form.errors)


@pytest.mark.parametrize(
    "place,neighbourhood,valid", [("leiden", "", True), ("", "Leiden-Noord", True), ("", "", False)]
)
def test_city_or_place_one_of_the_two_is_needed_and_the_form_says_so(client, place, neighbourhood, valid):
    with translation.override("en"):
        assert "optional" not in str(VraagstukForm.base_fields["place"].label)
        assert "optional" not in str(VraagstukForm.base_fields["neighbourhood"].label)
    form = VraagstukForm(valid_answers(place=place, neighbourhood=neighbourhood))
    assert form.is_valid() == valid, form.errors
    soup = BeautifulSoup(client.get(FORM_URL["en"]).content, "html.parser")
    group = soup.find(attrs={"data-required-group": True})
    assert REQUIRED_MARK["en"] in group.find("legend").get_text()
    assert group.find(id="id_place") and group.find(id="id_neighbourhood")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_error_summary_names_each_field_it_lists(client, language):
    response = client.post(FORM_URL[language], {"form_token": valid_answers()["form_token"]})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    items = list(soup.select("#error-summary li a"))
    assert len(items) >= 9
    texts = [item.get_text(" ", strip=True) for item in items]
    assert len(set(texts)) == len(texts), texts  # never nine times "this field is required"
    for item, text in zip(items, texts, strict=True):
        target = item["href"].removeprefix("#")
        if target == "form-errors":
            continue
        caption = caption_of(soup, target)
        name = re.sub(r"\s*\((required|verplicht)\)$", "", caption).rstrip(" .:?")
        assert text.startswith(f"{name}: "), (text, name)
    assert not Vraagstuk.objects.exists()
