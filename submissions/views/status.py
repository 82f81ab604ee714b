"""The partner's private status page: one vraagstuk, found by the hash of its secret token."""

from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from ..forms import InformationForm, WithdrawForm
from ..models import EventKind, Status, Vraagstuk, VraagstukEvent
from ..triage.matching import earliest_period
from .guards import database_unavailable_page, over_limit, too_many_requests

NOTICES = {"added", "withdrawn"}


@never_cache
@database_unavailable_page(form_classes=[("info", InformationForm), ("withdraw", WithdrawForm)])
def status_page(request, token):
    if over_limit(request, "submissions.status.ip", "ip", "SUBMISSION_STATUS_RATE_PER_IP"):
        return too_many_requests(request)
    vraagstuk = Vraagstuk.for_status_token(token)
    if vraagstuk is None:
        return render(request, "submissions/status_unknown.html", status=404)

    information_form, withdraw_form = InformationForm(prefix="info"), WithdrawForm(prefix="withdraw")
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "add":
            information_form = InformationForm(request.POST, prefix="info")
            if information_form.is_valid():
                add_information(vraagstuk, information_form.cleaned_data["information"])
                return done(request, token, "added")
        elif action == "withdraw" and vraagstuk.is_open:
            withdraw_form = WithdrawForm(request.POST, prefix="withdraw")
            if withdraw_form.is_valid():
                withdraw(vraagstuk, withdraw_form.cleaned_data["reason"])
                return done(request, token, "withdrawn")
        status = 400

    notice = request.GET.get("done")
    context = {
        "vraagstuk": vraagstuk,
        # A status change says what the status became; a message without text is no entry at all.
        "events": vraagstuk.events.filter(is_public=True).exclude(kind=EventKind.MESSAGE, public_message=""),
        "information_form": information_form,
        "withdraw_form": withdraw_form,
        "notice": notice if notice in NOTICES else None,
        # While it waits for a match: the first period in which a current offer could take it up.
        "earliest_offer": earliest_period(vraagstuk) if vraagstuk.status == Status.SEEKING_MATCH else None,
    }
    return render(request, "submissions/status.html", context, status=status)


def done(request, token, notice):
    return HttpResponseRedirect(f"{reverse('submissions:status', args=[token])}?done={notice}")


def add_information(vraagstuk, text):
    VraagstukEvent.objects.create(
        vraagstuk=vraagstuk, kind=EventKind.INFORMATION_ADDED, public_message=text, by_partner=True
    )


def withdraw(vraagstuk, reason):
    with transaction.atomic():
        locked = Vraagstuk.objects.select_for_update().get(pk=vraagstuk.pk)
        if not locked.is_open:
            return
        previous = locked.status
        locked.status, locked.status_changed_at = Status.WITHDRAWN, timezone.now()
        locked.save(update_fields=["status", "status_changed_at", "updated_at"])
        VraagstukEvent.objects.create(
            vraagstuk=locked,
            kind=EventKind.WITHDRAWN,
            from_status=previous,
            to_status=Status.WITHDRAWN,
            public_message=reason,
            by_partner=True,
        )
