"""The one declaration of the personal data the science shop holds about partners.

Each `PersonalData` names a model, its personal fields and what happens to them. Four things
read this declaration and nothing else, so a personal field added here reaches all of them:

- the admin: the triage list and the export without personal data leave these fields out;
  the inspect view (every look logged) and the privileged personal-data export show them
  (submissions.admin.viewsets, submissions.triage.exports);
- the data-subject export: every declared field of every row of the person's questions, and
  of rows addressed to them without a question (submissions.triage.data_subject);
- erasure: every row of the person's questions and every row addressed to them is deleted,
  with its files (submissions.triage.data_subject);
- retention: past the retention period the fields are emptied (BLANK) or the rows deleted
  (DELETE); KEEP says, on purpose, that the rows stay (submissions.triage.retention).

A new model that holds personal data gets an entry here; tests/triage/test_personal_data.py
checks each declared field against all four.
"""

import dataclasses
from dataclasses import dataclass

from django.db import models
from django.db.models import Q

from .models import (
    Attachment,
    Consent,
    Deliverable,
    ImpactFollowUp,
    Milestone,
    OutgoingEmail,
    ProjectRun,
    Vraagstuk,
    VraagstukEvent,
)

BLANK = "blank"
DELETE = "delete"
KEEP = "keep"


@dataclass(frozen=True)
class PersonalData:
    model: type[models.Model]
    # The fields that hold personal data.
    fields: tuple[str, ...]
    retention: str
    # The key of these rows in the data-subject export (nested in each question, or top-level
    # for rows that can be addressed to the person without a question), and in retention counts.
    name: str
    # The path from a row to its question; "" for the question itself.
    question: str = "vraagstuk"
    # Fields that give the personal ones their meaning in the export (when, what kind).
    context: tuple[str, ...] = ()
    # Export keys that differ from the field names.
    export_names: dict = dataclasses.field(default_factory=dict)
    # Rows the export includes, and rows retention changes (Q on this model).
    exported_rows: Q = dataclasses.field(default_factory=Q)
    retained_rows: Q = dataclasses.field(default_factory=Q)
    # A JSON list of addresses: a row whose list holds the person's mailbox is theirs, question or not.
    address_field: str = ""
    # What the retention counts call these rows (the anonymise command's output).
    label: str = ""

    def rows_of(self, questions):
        """This model's rows of `questions` (a queryset or a list of questions)."""
        if not isinstance(questions, models.QuerySet):
            questions = [question.pk for question in questions]
        lookup = f"{self.question}__in" if self.question else "pk__in"
        return self.model.objects.filter(**{lookup: questions})

    def file_fields(self):
        return [
            name for name in self.fields if isinstance(self.model._meta.get_field(name), models.FileField)
        ]

    def verbose_name(self, field_name):
        return self.model._meta.get_field(field_name).verbose_name


# The question itself stays after retention: the kenniswinkel's statistics and the knowledge
# cycle need it; the partner's copy holds it all.
QUESTION_CONTEXT = (
    "reference", "language", "organisation", "title", "description", "neighbourhood", "help_kinds",
    "help_details", "partner_offers", "offer_details", "timing", "timing_details", "status",
    "created_at", "updated_at",
)  # fmt: skip

QUESTION = PersonalData(
    Vraagstuk,
    fields=("contact_name", "email", "phone"),
    retention=BLANK,
    name="questions",
    question="",
    context=QUESTION_CONTEXT,
    label="questions",
)

DECLARATION = [
    QUESTION,
    PersonalData(
        Consent,
        fields=(),
        retention=KEEP,  # the proof of what the partner agreed to; holds nothing but yes or no
        name="consents",
        context=("kind", "given", "text_version", "recorded_at"),
    ),
    PersonalData(
        VraagstukEvent,
        fields=("public_message",),
        retention=BLANK,
        name="history",
        context=("kind", "from_status", "to_status", "created_at"),
        # Internal notes are staff's own work; the public side of the history is the partner's.
        exported_rows=Q(is_public=True),
        # What the partner added on the status page goes; staff's public messages stay.
        retained_rows=Q(by_partner=True),
        label="partner messages",
    ),
    PersonalData(
        Attachment,
        fields=("original_name", "file"),
        retention=DELETE,
        name="attachments",
        export_names={"original_name": "name", "file": "file_in_archive"},
        label="attachments",
    ),
    PersonalData(
        ImpactFollowUp,
        fields=("what_changed", "still_used", "would_again"),
        # The partner's account of the impact is the science shop's evidence of its work; it names
        # no one once the contact details are gone.
        retention=KEEP,
        name="impact_follow_up",
        context=("sent_at", "answered_at"),
    ),
    PersonalData(
        Milestone,
        # The dates of a partner's project; with the question's contact gone they name no one,
        # but they belong to the partner's project and go with it.
        fields=("due_on",),
        retention=DELETE,
        name="milestones",
        question="project__match__vraagstuk",
        context=("kind", "done"),
        label="milestones",
    ),
    PersonalData(
        Deliverable,
        # Reports and posters about the partner's organisation.
        fields=("title", "file"),
        retention=DELETE,
        name="deliverables",
        question="project__match__vraagstuk",
        context=("uploaded_at",),
        export_names={"file": "file_in_archive"},
        label="deliverables",
    ),
    PersonalData(
        ProjectRun,
        fields=("handover_note",),
        retention=BLANK,
        name="project_periods",
        question="project__match__vraagstuk",
        context=("period",),
        label="handover notes",
    ),
    PersonalData(
        OutgoingEmail,
        fields=("recipients", "subject", "body_text", "body_html"),
        retention=DELETE,
        name="emails",
        context=("kind", "created_at", "sent_at"),
        address_field="recipients",
        label="e-mails",
    ),
]


def declared(model):
    """The entry of `model`, or None when it holds no personal data."""
    return next((entry for entry in DECLARATION if entry.model is model), None)


def personal_fields(model):
    entry = declared(model)
    return entry.fields if entry else ()


def without_personal_fields(model, names):
    """`names` (field names or columns with a `name`) without the declared personal fields of `model`."""
    personal = set(personal_fields(model))
    return [name for name in names if getattr(name, "name", name) not in personal]


def blank_value(field):
    if field.null:
        return None
    if isinstance(field, models.JSONField):
        return []
    return ""
