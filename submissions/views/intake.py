from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from ..form_token import issue_form_token, replay_key
from ..forms import VraagstukForm
from ..intake import submit
from ..models import SubmissionGuidePage, SubmissionKey, Vraagstuk
from ..targets import promised_date
from .guards import database_unavailable_page, over_limit, submitted_email, too_many_requests

RECEIPT_SALT = "submissions.receipt"
RECEIPT_MAX_AGE = 60 * 60 * 24


@never_cache
@database_unavailable_page(form_classes=[VraagstukForm])
def intake_form(request):
    if request.method == "POST":
        # A replay of a form that was stored already (a retry after a lost response, a double
        # click) gets its receipt, before and without counting against any rate limit.
        stored = already_stored(request.POST.get("form_token"))
        if stored is not None:
            return receipt_for(stored)
        if over_limit(request, "submissions.intake.ip", "ip", "SUBMISSION_RATE_PER_IP"):
            return too_many_requests(request)
        form = VraagstukForm(request.POST, request.FILES)
        if form.is_valid():
            if over_limit(request, "submissions.intake.email", submitted_email, "SUBMISSION_RATE_PER_EMAIL"):
                return too_many_requests(request)
            vraagstuk, _created = submit(
                form, lambda token: request.build_absolute_uri(reverse("submissions:status", args=[token]))
            )
            return receipt_for(vraagstuk.pk)
        if "form_token" in form.errors:
            # A fresh rendering gets a fresh token; the answers stay filled in.
            form.data = form.data.copy()
            form.data["form_token"] = issue_form_token()
        status = 400
    else:
        form = VraagstukForm(initial={"form_token": issue_form_token()})
        status = 200
    context = {"form": form, "guide": guide_links(request)}
    return render(request, "submissions/intake_form.html", context, status=status)


def already_stored(form_token):
    """The pk of the vraagstuk this rendered form was stored as, or None."""
    key = replay_key(form_token)
    if key is None:
        return None
    return (
        SubmissionKey.objects.filter(key=key, vraagstuk__isnull=False)
        .values_list("vraagstuk", flat=True)
        .first()
    )


def receipt_for(pk):
    return redirect("submissions:thanks", receipt=signing.dumps(pk, salt=RECEIPT_SALT))


def guide_links(request):
    """Address and title of the submission guide, and its privacy statement, in the active language."""
    guide = SubmissionGuidePage.for_active_language()
    if guide is None:
        return None
    privacy_page = guide.localized_privacy_page()
    return {
        "url": guide.get_url(request),
        "title": guide.title,
        "privacy_url": privacy_page.get_url(request) if privacy_page else None,
    }


@never_cache
@database_unavailable_page
def thank_you(request, receipt):
    """The receipt: a signed, day-long link to the reference, not a guessable id."""
    try:
        pk = signing.loads(receipt, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE)
        vraagstuk = Vraagstuk.objects.get(pk=pk)
    except (signing.BadSignature, Vraagstuk.DoesNotExist) as error:
        raise Http404 from error
    submitted_on = timezone.localdate(vraagstuk.created_at)
    context = {
        "vraagstuk": vraagstuk,
        "acknowledge_by": promised_date(submitted_on, "received"),
        "intake_by": promised_date(submitted_on, "intake"),
        "guide": SubmissionGuidePage.for_active_language(),
    }
    return render(request, "submissions/thank_you.html", context)
