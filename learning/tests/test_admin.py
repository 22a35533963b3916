"""A superuser can inspect every policy-learning record in the Django admin."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_every_learning_changelist_opens_on_the_demo_data(client, demo_data):
    from learning.demo import load_learning_demo

    load_learning_demo()
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw-root-1")
    client.force_login(admin)
    for name in [
        "goodpractice",
        "policyinstrument",
        "stakeholder",
        "meeting",
        "baselinestudy",
        "swotitem",
        "thematicseminar",
        "peerreview",
        "recommendation",
        "indicator",
        "measurement",
    ]:
        response = client.get(f"/admin/learning/{name}/")
        assert response.status_code == 200, name
