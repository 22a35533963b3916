"""Helpers the import and export page tests share."""

from coordination.tests.personas import PASSWORD


def sign_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client
