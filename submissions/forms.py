"""The public intake form and the two small forms of the status page (plain Django forms)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from portal.models import OrganisationType, Place, Theme

from .form_token import FormExpired, FormTokenError, FormTooFast, read_form_token
from .models import FREE_TEXT_MAX_LENGTH, HelpKind, PartnerOffer, Timing
from .validation import (
    MAX_ATTACHMENTS,
    detect_attachment_type,
    normalise_line_breaks,
    reject_control_characters,
    reject_line_breaks,
)

LINE_MAX_LENGTH = 200
phone_characters = RegexValidator(
    r"^[0-9+()./ -]{6,40}$", _("Enter a phone number with digits, spaces and + ( ) - only.")
)


class LineField(forms.CharField):
    """One line of text: no line breaks, no control characters."""

    def __init__(self, *, max_length=LINE_MAX_LENGTH, autocomplete=None, **kwargs):
        attrs = {"autocomplete": autocomplete} if autocomplete else {}
        super().__init__(max_length=max_length, widget=forms.TextInput(attrs=attrs), **kwargs)

    def to_python(self, value):
        # Checked before Django strips the edges: str.strip() silently drops line and paragraph
        # separators and some control characters.
        if isinstance(value, str):
            reject_line_breaks(value)
            reject_control_characters(value)
        return super().to_python(value)


def length_help(help_text, max_length):
    """The help text with the limit, counted as the browser counts it (its maxlength is the same)."""
    count = lazy(lambda: number_format(max_length, force_grouping=True), str)()
    limit = format_lazy(_("At most {count} characters; a line break counts as one."), count=count)
    return format_lazy("{} {}", help_text, limit) if help_text else limit


class FreeTextField(forms.CharField):
    """Free text of up to 10,000 characters; line breaks allowed, control characters not.

    Every line break counts as one character, as in the browser's maxlength (which the
    widget gets from max_length): CR LF, lone CR and the Unicode separators are stored as
    LF, so the limit the partner saw while typing is the limit the server applies.
    """

    def __init__(self, *, max_length=FREE_TEXT_MAX_LENGTH, help_text="", **kwargs):
        super().__init__(
            max_length=max_length,
            widget=forms.Textarea(attrs={"rows": 6}),
            help_text=length_help(help_text, max_length),
            **kwargs,
        )

    def to_python(self, value):
        if isinstance(value, str):
            value = normalise_line_breaks(value)
            reject_control_characters(value)
        return super().to_python(value)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    widget = MultipleFileInput(attrs={"accept": ".pdf,.docx,.odt,.png,.jpg,.jpeg"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > MAX_ATTACHMENTS:
            raise ValidationError(_("Attach at most %(count)d files."), params={"count": MAX_ATTACHMENTS})
        cleaned = [super(AttachmentsField, self).clean(upload, initial) for upload in files]
        errors, accepted = [], []
        for upload in cleaned:
            try:
                accepted.append((upload, detect_attachment_type(upload)))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return accepted


class TaxonomyChoiceField(forms.ModelChoiceField):
    """Choices from the visitor's language, posted as language-independent keys."""

    def __init__(self, model, **kwargs):
        super().__init__(queryset=model.objects.none(), to_field_name="key", **kwargs)
        self.model = model


class ErrorSummaryMixin:
    """Lists the errors for the summary at the top of the page, each with the id to jump to.
    (Django links each widget to its help text and error by aria-describedby itself.)"""

    def error_links(self):
        """(id of the element to focus, label of the field or None, message) per error, in the
        order of the form: the summary names each field it lists."""
        links = [("form-errors", None, error) for error in self.non_field_errors()]
        for name in self.fields:
            bound = self[name]
            label = None
            if bound.is_hidden or name == "website":
                target = "form-errors"
            elif isinstance(bound.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
                target, label = f"{bound.auto_id}_0", bound.label
            else:
                target, label = bound.auto_id, bound.label
            label = str(label).rstrip(" .:?") if label else None
            links += [(target, label, error) for error in bound.errors]
        return links


class VraagstukForm(ErrorSummaryMixin, forms.Form):
    organisation = LineField(
        label=_("Organisation"),
        autocomplete="organization",
        help_text=_("The municipal department, organisation or group that asks the question."),
    )
    organisation_type = TaxonomyChoiceField(
        OrganisationType, label=_("Type of organisation"), empty_label=_("Choose a type")
    )
    contact_name = LineField(label=_("Your name"), autocomplete="name")
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and the link to follow your question here."),
    )
    phone = LineField(
        label=_("Phone number (optional)"),
        max_length=40,
        autocomplete="tel",
        required=False,
        validators=[phone_characters],
    )
    title = LineField(
        label=_("Title of your question"),
        autocomplete="off",
        help_text=_("One sentence, for example: How do we reach lonely older people in our neighbourhood?"),
    )
    description = FreeTextField(
        label=_("Describe your question"),
        help_text=_("What is going on, for whom, and what do you want to know or achieve?"),
    )
    themes = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(),
        to_field_name="key",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Themes (optional)"),
    )
    # Not required each, but one of the two is (see clean): the template groups them under one
    # legend that says so, and neither is labelled optional.
    place = TaxonomyChoiceField(
        Place,
        label=_("City"),
        required=False,
        empty_label=_("Another place"),
        help_text=_("Choose the city, or “Another place” and name the place in the next field."),
    )
    neighbourhood = LineField(
        label=_("Place or neighbourhood"),
        required=False,
        autocomplete="address-level2",
        help_text=_("Name the neighbourhood, or the place if it is not in the list."),
    )
    help_kinds = forms.MultipleChoiceField(
        choices=HelpKind.choices,
        widget=forms.CheckboxSelectMultiple,
        label=_("What kind of help are you looking for?"),
    )
    help_details = FreeTextField(
        label=_("Anything to add about the help you want? (optional)"), required=False
    )
    partner_offers = forms.MultipleChoiceField(
        choices=PartnerOffer.choices,
        widget=forms.CheckboxSelectMultiple,
        label=_("What can you offer the students?"),
        help_text=_("Students need information, access and contact moments to do good work."),
    )
    offer_details = FreeTextField(label=_("Anything to add about what you offer? (optional)"), required=False)
    timing = forms.ChoiceField(
        choices=Timing.choices, widget=forms.RadioSelect, label=_("When would you like students to start?")
    )
    timing_details = FreeTextField(
        label=_("Dates or deadlines we should know about (optional)"), required=False
    )
    attachments = AttachmentsField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("Up to 5 files: PDF, DOCX, ODT, PNG or JPEG, at most 10 MB each."),
    )
    consent_contact = forms.BooleanField(
        label=_("You may contact me about this question."),
        error_messages={"required": _("We can only handle your question if we may contact you.")},
    )
    consent_publication = forms.BooleanField(
        label=_("You may publish this question (without my contact details) on the portal."), required=False
    )
    consent_naming = forms.BooleanField(
        label=_("You may name my organisation in a later case study about this question."), required=False
    )
    # Honeypot: hidden from people (CSS, aria-hidden, no tab stop); bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = forms.CharField(widget=forms.HiddenInput)

    known_extra_fields = {"csrfmiddlewaretoken"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("organisation_type", "place"):
            self.fields[name].queryset = self.fields[name].model.objects.in_active_locale()
        self.fields["themes"].queryset = Theme.objects.in_active_locale()
        self.submission_key = None

    def clean_form_token(self):
        try:
            self.submission_key = read_form_token(self.cleaned_data["form_token"])
        except FormTooFast as error:
            raise ValidationError(
                _("That was very fast. Please check your answers and send the form again."), code="too_fast"
            ) from error
        except FormExpired as error:
            raise ValidationError(
                _("This form was opened too long ago. Please check your answers and send it again."),
                code="expired",
            ) from error
        except FormTokenError as error:
            raise ValidationError(
                _("The form could not be checked. Please send it again."), code="bad_token"
            ) from error
        return self.cleaned_data["form_token"]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(
                _("This form looks as if it was filled in automatically. Leave the last field empty."),
                code="honeypot",
            )
        return ""

    def clean(self):
        cleaned = super().clean()
        unknown = (set(self.data) - set(self.fields) - self.known_extra_fields) | (
            set(self.files) - {"attachments"}
        )
        if unknown:
            raise ValidationError(
                _("The form contained fields it does not know. Please use the form on this page."),
                code="unknown_fields",
            )
        if (
            not cleaned.get("place")
            and not cleaned.get("neighbourhood")
            and "neighbourhood" not in self.errors
        ):
            self.add_error("neighbourhood", _("Choose a city or name the place or neighbourhood."))
        return cleaned


class InformationForm(ErrorSummaryMixin, forms.Form):
    """More information from the partner on the status page; appended, never replacing."""

    information = FreeTextField(label=_("Add information"))


class WithdrawForm(ErrorSummaryMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, withdraw my question. The team will stop working on it."),
        error_messages={"required": _("Tick the box to confirm that you want to withdraw your question.")},
    )
    reason = FreeTextField(label=_("Why do you withdraw it? (optional)"), required=False)
