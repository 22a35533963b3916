"""Staff sign-in: password, then the six-digit code when the person has set up two-factor
login. The admin signs in here too. Attempts are limited by coordination.signin."""

import base64
import textwrap

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from backoffice.coordination.access import setting_up_two_factor
from backoffice.coordination.forms import LoginForm, SignUpForm, TokenForm
from coordination import ratelimit, signin
from coordination.models import Invitation
from milestone.qr import qr_code
from milestone.redirects import same_site_path

PENDING = "backoffice-pending-user"
BACKEND = "coordination.signin.StaffBackend"


def _next(request):
    target = request.POST.get("next") or request.GET.get("next")
    return same_site_path(target, settings.LOGIN_REDIRECT_URL)


def _device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def login(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        caller = ratelimit.client_key(request)
        refusal = signin.refusal(username, caller)
        if refusal:
            form.add_error(None, refusal)
        else:
            user = authenticate(request, username=username, password=form.cleaned_data["password"])
            if user is None:
                signin.failed(username, caller)
                form.add_error(None, _("The username or password is not right."))
            elif _device(user):
                request.session[PENDING] = user.pk
                return redirect(f"{settings.LOGIN_URL}code/?{urlencode({'next': _next(request)})}")
            else:
                signin.succeeded(username, caller)
                auth_login(request, user)
                return redirect(_next(request))
    return render(
        request, "backoffice/coordination/login.html", {"form": form, "next": _next(request)}
    )


def login_code(request):
    user = get_user_model().objects.filter(pk=request.session.get(PENDING)).first()
    if user is None:
        return redirect(settings.LOGIN_URL)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        caller = ratelimit.client_key(request)
        refusal = signin.code_refusal(user, caller)
        if refusal:
            form.add_error(None, refusal)
        else:
            device = _device(user)
            if device and device.verify_token(form.cleaned_data["token"]):
                del request.session[PENDING]
                auth_login(request, user, backend=BACKEND)
                otp_login(request, device)
                signin.code_succeeded(user, caller)
                return redirect(_next(request))
            form.add_error("token", _("That code is not right. Codes change every 30 seconds."))
    return render(
        request,
        "backoffice/coordination/login.html",
        {"form": form, "next": _next(request), "code_step": True},
    )


@require_POST
def logout(request):
    auth_logout(request)
    messages.success(request, _("You have signed out."))
    return redirect(settings.LOGIN_URL)


@setting_up_two_factor
def two_factor(request):
    """Set up, or turn off, the authenticator-app code for one's own account."""
    confirmed = _device(request.user)
    pending = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = confirmed or pending
        if device and device.verify_token(form.cleaned_data["token"]):
            if confirmed:
                confirmed.delete()
                messages.success(request, _("Two-factor sign-in is now off."))
            else:
                pending.confirmed = True
                pending.save()
                otp_login(request, pending)
                messages.success(request, _("Two-factor sign-in is now on."))
            return redirect("backoffice:two-factor")
        form.add_error("token", _("That code is not right. Codes change every 30 seconds."))
    if not confirmed and not pending:
        pending = TOTPDevice.objects.create(
            user=request.user, name="authenticator", confirmed=False
        )
    setup = {}
    if pending and not confirmed:
        setup = {
            # In groups of four, as the apps show keys, so that it wraps and is easier to type.
            "secret": " ".join(textwrap.wrap(base64.b32encode(pending.bin_key).decode(), 4)),
            "otpauth_url": pending.config_url,
            "qr_code": qr_code(pending.config_url, _("QR code for your authenticator app")),
        }
    return render(
        request,
        "backoffice/coordination/two_factor.html",
        {"form": form, "confirmed": confirmed, "device": pending, **setup},
    )


def accept_invitation(request, token):
    invitation = Invitation.find(token)
    if invitation is None:
        return render(request, "backoffice/coordination/invitation_invalid.html", status=404)
    form = None if request.user.is_authenticated else SignUpForm(request.POST or None)
    if request.method == "POST" and (form is None or form.is_valid()):

        def joining():
            if form is None:
                return request.user
            return get_user_model().objects.create_user(
                username=form.cleaned_data["username"],
                email=invitation.email,
                password=form.cleaned_data["password"],
            )

        accepted = Invitation.redeem(token, joining)
        if accepted is None:  # used meanwhile, by a simultaneous acceptance
            return render(request, "backoffice/coordination/invitation_invalid.html", status=404)
        invitation, user = accepted
        if form is not None:
            auth_login(request, user, backend=BACKEND)
        messages.success(request, _("Welcome to the network."))
        return redirect("backoffice:dashboard", region=invitation.region.slug)
    return render(
        request,
        "backoffice/coordination/invitation_accept.html",
        {"invitation": invitation, "form": form},
    )
