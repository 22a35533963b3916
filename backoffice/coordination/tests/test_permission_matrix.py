"""Who may do what, for every staff page and every write endpoint of coordination, and every
role: anonymous, viewer, editor of this organization, editor of another organization,
partner-region staff, coordinator of another region, and the region's coordinator.

Each row names the roles that are allowed; every other role must be refused (a sign-in redirect
for the anonymous visitor of a staff page, 403 otherwise)."""

import json

import pytest
from django.core.cache import cache

from coordination import feedback as voice
from coordination import workflow
from coordination.models import Feedback
from coordination.tests.personas import ROLES

EVERYONE = set(ROLES)
REGION_STAFF = {
    "viewer",
    "editor of this organization",
    "editor of another organization",
    "partner-region staff",
    "coordinator",
}
EDITORS = {"editor of this organization", "coordinator"}
COORDINATOR = {"coordinator"}
FEEDBACK_READERS = {"viewer", "coordinator"}
SIGNED_IN = EVERYONE - {"anonymous"}


def _draft_in_review(n):
    draft = workflow.start_draft(n.eero, n.service)
    workflow.submit(n.eero, draft)
    return draft


def _open_draft(n):
    return workflow.start_draft(n.eero, n.service)


def _feedback(n):
    return voice.submit(kind=Feedback.Kind.SERVICE, service=n.service, useful=True)


# (name, method, url builder, data builder, allowed roles)
MATRIX = [
    ("dashboard", "get", lambda n: "/staff/regions/jyvaskyla/", None, REGION_STAFF),
    ("service list", "get", lambda n: "/staff/regions/jyvaskyla/services/", None, REGION_STAFF),
    (
        "export",
        "get",
        lambda n: "/staff/regions/jyvaskyla/export/coverage.xlsx",
        None,
        REGION_STAFF,
    ),
    (
        "feedback export",
        "get",
        lambda n: "/staff/regions/jyvaskyla/export/feedback.csv",
        None,
        FEEDBACK_READERS,
    ),
    ("review queue", "get", lambda n: "/staff/regions/jyvaskyla/review/", None, COORDINATOR),
    (
        "feedback list",
        "get",
        lambda n: "/staff/regions/jyvaskyla/feedback/",
        None,
        FEEDBACK_READERS,
    ),
    ("people", "get", lambda n: "/staff/regions/jyvaskyla/invitations/", None, COORDINATOR),
    ("edit page", "get", lambda n: f"/staff/services/{n.service.pk}/edit/", None, EDITORS),
    ("history", "get", lambda n: f"/staff/services/{n.service.pk}/history/", None, REGION_STAFF),
    (
        "new service page",
        "get",
        lambda n: f"/staff/organizations/{n.monikko.pk}/services/new/",
        None,
        EDITORS,
    ),
    ("review page", "get", lambda n: f"/staff/drafts/{_draft_in_review(n).pk}/", None, COORDINATOR),
    ("two-factor set-up", "get", lambda n: "/staff/account/two-factor/", None, SIGNED_IN),
    (
        "save a draft",
        "post",
        lambda n: f"/staff/services/{n.service.pk}/edit/?edit=en",
        lambda n: {
            "name": "Finnish club",
            "status": "active",
            "funding_type": "unknown",
            "revision": "0",
            "edit_language": "en",
        },
        EDITORS,
    ),
    (
        "create a service",
        "post",
        lambda n: f"/staff/organizations/{n.monikko.pk}/services/new/",
        lambda n: {"name": "Homework help", "status": "active", "funding_type": "unknown"},
        EDITORS,
    ),
    (
        "send for review",
        "post",
        lambda n: (_open_draft(n), f"/staff/services/{n.service.pk}/submit/")[1],
        None,
        EDITORS,
    ),
    (
        "withdraw",
        "post",
        lambda n: (_open_draft(n), f"/staff/services/{n.service.pk}/withdraw/")[1],
        None,
        EDITORS,
    ),
    (
        "start again from the live entry",
        "post",
        lambda n: (_open_draft(n), f"/staff/services/{n.service.pk}/rebase/")[1],
        None,
        EDITORS,
    ),
    (
        "confirm up to date",
        "post",
        lambda n: f"/staff/services/{n.service.pk}/verify/",
        None,
        EDITORS,
    ),
    (
        "publish",
        "post",
        lambda n: f"/staff/drafts/{_draft_in_review(n).pk}/publish/",
        None,
        COORDINATOR,
    ),
    (
        "return",
        "post",
        lambda n: f"/staff/drafts/{_draft_in_review(n).pk}/return/",
        lambda n: {"return-comment": "Add opening hours."},
        COORDINATOR,
    ),
    (
        "restore",
        "post",
        lambda n: (
            f"/staff/services/{n.service.pk}/restore/{n.service.history.earliest().history_id}/"
        ),
        lambda n: {"latest": str(n.service.history.latest().history_id)},
        COORDINATOR,
    ),
    (
        "moderate feedback",
        "post",
        lambda n: f"/staff/regions/jyvaskyla/feedback/{_feedback(n).pk}/moderate/",
        lambda n: {"decision": "hidden"},
        COORDINATOR,
    ),
    (
        "invite",
        "post",
        lambda n: "/staff/regions/jyvaskyla/invitations/",
        lambda n: {"email": "new@example.org", "role": "viewer"},
        COORDINATOR,
    ),
    ("send reminders", "post", lambda n: "/staff/regions/jyvaskyla/reminders/", None, COORDINATOR),
    (
        "API coverage",
        "get",
        lambda n: "/api/v1/coordination/coverage?region=jyvaskyla",
        None,
        REGION_STAFF,
    ),
    (
        "API overlaps",
        "get",
        lambda n: "/api/v1/coordination/overlaps?region=jyvaskyla",
        None,
        REGION_STAFF,
    ),
    (
        "API freshness",
        "get",
        lambda n: "/api/v1/coordination/freshness?region=jyvaskyla",
        None,
        REGION_STAFF,
    ),
    (
        "API unmet needs",
        "get",
        lambda n: "/api/v1/coordination/unmet-needs?region=jyvaskyla",
        None,
        REGION_STAFF,
    ),
    (
        "API feedback",
        "post-json",
        lambda n: "/api/v1/feedback",
        lambda n: {"service": str(n.service.pk), "useful": True},
        EVERYONE,
    ),
]


def _refused(response) -> bool:
    if response.status_code in (401, 403):
        return True
    return response.status_code == 302 and response["Location"].startswith("/staff/login/")


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize(
    ("name", "method", "url", "data", "allowed"), MATRIX, ids=[row[0] for row in MATRIX]
)
def test_permission_matrix(client, network, role, name, method, url, data, allowed):
    cache.clear()
    user = network.role(ROLES[role])
    if user is not None:
        client.force_login(user)
    target = url(network)
    body = data(network) if data else {}
    if method == "get":
        response = client.get(target)
    elif method == "post":
        response = client.post(target, body)
    else:
        response = client.post(target, json.dumps(body), content_type="application/json")
    if role in allowed:
        assert not _refused(response), f"{role} was refused: {name}"
        # Let in means answered: a 404 or a 400 would hide a refusal or a broken page.
        assert 200 <= response.status_code < 400, f"{role} got {response.status_code}: {name}"
    else:
        assert _refused(response), f"{role} was let in: {name} ({response.status_code})"
