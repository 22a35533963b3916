"""The network's bulletin in the back office: this week's digest as a page, the coordinator's
announcements, each member's digest settings, and unsubscribing without signing in."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff
from backoffice.events.forms import AnnouncementForm, SubscriptionForm
from coordination import permissions
from events import bulletin


@region_staff
def bulletin_page(request, region, announcement_form=None, status=200):
    subscription = bulletin.subscription(request.user, region)
    return render(
        request,
        "backoffice/events/bulletin.html",
        {
            "region": region,
            "digest": bulletin.build_digest(region),
            "site": "",
            "can_write": permissions.can_write_bulletin(request.user, region),
            "announcement_form": announcement_form or AnnouncementForm(),
            "subscription_form": SubscriptionForm(
                initial={
                    "subscribed": subscription.unsubscribed_at is None,
                    "language": subscription.language,
                }
            ),
        },
        status=status,
    )


@require_POST
@region_staff
def announce(request, region):
    form = AnnouncementForm(request.POST)
    if form.is_valid():
        language = get_language()
        try:
            bulletin.announce(
                request.user,
                region,
                {language: form.cleaned_data["title"]},
                {language: form.cleaned_data["body"]},
            )
        except ValidationError as error:
            for error_text in error.messages:
                form.add_error(None, error_text)
        else:
            messages.success(request, _("The announcement is in the bulletin and the next digest."))
            return redirect("backoffice:bulletin", region=region.slug)
    return bulletin_page(request, region.slug, announcement_form=form, status=400)


@require_POST
@region_staff
def subscribe(request, region):
    form = SubscriptionForm(request.POST)
    if form.is_valid():
        bulletin.choose(
            bulletin.subscription(request.user, region),
            language=form.cleaned_data["language"],
            subscribed=form.cleaned_data["subscribed"],
        )
        messages.success(request, _("Your digest settings were saved."))
    else:
        messages.error(request, _("Choose one of the site's languages."))
    return redirect("backoffice:bulletin", region=region.slug)


def unsubscribe(request, token):
    """From the digest e-mail's link, without signing in: a page with one button, so that a mail
    scanner opening the link does not unsubscribe anyone."""
    subscription = bulletin.subscription_for_token(token)
    if subscription is None:
        return render(request, "backoffice/events/unsubscribe.html", {"invalid": True}, status=404)
    done = False
    if request.method == "POST":
        bulletin.unsubscribe(subscription)
        done = True
    return render(
        request,
        "backoffice/events/unsubscribe.html",
        {"subscription": subscription, "done": done or subscription.unsubscribed_at is not None},
    )
