"""The coordinator manages the region's people and listens to the public: invitations and
feedback moderation."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require
from backoffice.coordination.forms import InvitationForm
from coordination import feedback as voice
from coordination import permissions
from coordination.models import Feedback, Invitation, Membership


@region_staff
def invitations(request, region):
    require(permissions.can_invite(request.user, region))
    form = InvitationForm(request.POST or None, region=region)
    if request.method == "POST" and form.is_valid():
        invitation, token = Invitation.issue(
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            region=region,
            organization=form.cleaned_data["organization"],
            invited_by=request.user,
        )
        link = request.build_absolute_uri(reverse("backoffice:invitation-accept", args=[token]))
        send_mail(
            _("You are invited to MILEstone Hub"),
            render_to_string(
                "coordination/email/invitation.txt",
                {"invitation": invitation, "link": link, "inviter": request.user},
            ),
            settings.DEFAULT_FROM_EMAIL,
            [invitation.email],
        )
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
        return redirect("backoffice:invitations", region=region.slug)
    return render(
        request,
        "backoffice/coordination/invitations.html",
        {
            "region": region,
            "form": form,
            "invitations": Invitation.objects.filter(region=region).select_related("organization")[
                :100
            ],
            "members": Membership.objects.filter(region=region).select_related(
                "user", "organization"
            ),
        },
    )


@region_staff
def feedback_list(request, region):
    require(permissions.can_view_feedback(request.user, region))
    can_moderate = permissions.can_moderate_feedback(request.user, region)
    # A viewer reads only what the coordinator accepted: no tabs for the other states.
    states = Feedback.Moderation.choices if can_moderate else []
    default = Feedback.Moderation.NEW if can_moderate else Feedback.Moderation.ACCEPTED
    state = request.GET.get("moderation", default)
    items = permissions.feedback_visible_to(request.user, region).select_related("service")
    if state in Feedback.Moderation.values:
        items = items.filter(moderation=state)
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "backoffice/coordination/feedback.html",
        {
            "region": region,
            "page": page,
            "state": state,
            "states": states,
            "can_moderate": can_moderate,
        },
    )


@require_POST
@region_staff
def moderate(request, region, pk):
    item = get_object_or_404(Feedback, pk=pk, region=region)
    try:
        voice.moderate(request.user, item, request.POST.get("decision", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Feedback moderated."))
    return redirect(f"{reverse('backoffice:feedback', args=[region.slug])}")
