"""Satu invites a new provider editor; the link works once, for two weeks."""

import re

from coordination.models import Invitation, Membership


def _invite(client, network, mailoutbox, **fields):
    client.force_login(network.satu)
    data = {"email": "new.editor@example.org", "role": "editor", "organization": network.monikko.pk}
    data.update(fields)
    response = client.post("/staff/regions/jyvaskyla/invitations/", data)
    return response, mailoutbox


def _link(mail):
    return re.search(r"http://testserver(/staff/invitations/\S+/)", mail.body).group(1)


def test_the_invited_editor_chooses_a_password_and_joins(client, network, mailoutbox):
    _invite(client, network, mailoutbox)
    link = _link(mailoutbox[0])
    client.logout()
    response = client.post(link, {"username": "noor", "password": "long-enough-passphrase-7"})
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="noor")
    assert membership.role == "editor" and membership.organization == network.monikko
    assert client.post(link, {"username": "noor2", "password": "x"}).status_code == 404


def test_an_editor_invitation_needs_an_organization(client, network, mailoutbox):
    response, outbox = _invite(client, network, mailoutbox, organization="")
    assert "A provider editor needs an organization." in response.content.decode()
    assert outbox == []


def test_a_weak_password_is_explained_and_nobody_is_created(client, network, mailoutbox):
    _invite(client, network, mailoutbox)
    link = _link(mailoutbox[0])
    client.logout()
    response = client.post(link, {"username": "noor", "password": "123"})
    assert response.status_code == 200
    assert "This password is too short" in response.content.decode()
    assert not Membership.objects.filter(user__username="noor").exists()
    assert Invitation.objects.get().accepted_at is None


def test_only_the_digest_of_the_token_is_stored(client, network, mailoutbox):
    _invite(client, network, mailoutbox)
    token = re.search(r"/staff/invitations/(\S+)/", mailoutbox[0].body).group(1)
    assert token not in Invitation.objects.get().digest
