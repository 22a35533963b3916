"""One staff menu on every page: Satu finds the same items in the same order on her dashboard,
the policy-learning workspace and the import page, with the page she is on marked."""

import re

import pytest

from coordination.models import Membership, Role

PAGES = [
    "/staff/",
    "/staff/regions/jyvaskyla/",
    "/staff/regions/jyvaskyla/services/",
    "/staff/regions/jyvaskyla/feedback/",
    "/staff/learning/",
    "/staff/import-export/",
]


def _menu(body):
    nav = body[body.index('class="staff-nav"') :]
    nav = nav[: nav.index("</nav>")]
    return re.findall(r'<a href="([^"]+)"', nav), re.findall(
        r'<a href="([^"]+)" aria-current="(\w+)"', nav
    )


def test_the_menu_is_the_same_on_every_page(client, network):
    client.force_login(network.satu)
    menus = {}
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        menus[path] = _menu(response.content.decode())[0]
    first = menus["/staff/"]
    assert all(items == first for items in menus.values())
    assert first[:3] == [
        "/staff/",
        "/staff/regions/jyvaskyla/",
        "/staff/regions/jyvaskyla/services/",
    ]


@pytest.mark.parametrize(
    "path, current",
    [
        ("/staff/", ("/staff/", "page")),
        ("/staff/regions/jyvaskyla/", ("/staff/regions/jyvaskyla/", "page")),
        ("/staff/regions/jyvaskyla/feedback/", ("/staff/regions/jyvaskyla/feedback/", "page")),
        ("/staff/learning/", ("/staff/learning/", "page")),
    ],
)
def test_the_page_she_is_on_is_marked(client, network, path, current):
    client.force_login(network.satu)
    assert _menu(client.get(path).content.decode())[1] == [current]


def test_a_page_inside_a_section_marks_its_section(client, network):
    client.force_login(network.eero)
    body = client.get(f"/staff/services/{network.service.pk}/edit/").content.decode()
    assert _menu(body)[1] == [("/staff/regions/jyvaskyla/services/", "true")]
    body = client.get(f"/staff/services/{network.service.pk}/translate/en/").content.decode()
    assert _menu(body)[1] == [("/staff/regions/jyvaskyla/translations/", "true")]


def test_an_editor_has_no_review_people_or_import_items(client, network):
    """Eero keeps one provider's entries: the items he may not open are not offered."""
    client.force_login(network.eero)
    items = _menu(client.get("/staff/").content.decode())[0]
    assert "/staff/regions/jyvaskyla/review/" not in items
    assert "/staff/regions/jyvaskyla/invitations/" not in items
    assert "/staff/import-export/" not in items
    assert "/staff/regions/jyvaskyla/translations/" in items


def _menu_region(body):
    return re.search(r'class="staff-nav__region">([^<]+)<', body).group(1)


def test_the_menu_follows_the_region_of_the_record_she_opens(client, network):
    """Satu also coordinates Linköping. After its dashboard, she opens a Jyväskylä service from
    a link: the menu names Jyväskylä, not the region she had open before, and the import page
    she goes to next keeps it."""
    Membership.objects.create(user=network.satu, role=Role.COORDINATOR, region=network.other_region)
    client.force_login(network.satu)
    client.get(f"/staff/regions/{network.other_region.slug}/")
    body = client.get(f"/staff/services/{network.service.pk}/edit/").content.decode()
    assert _menu_region(body) == f"Region: {network.region}"
    body = client.get("/staff/import-export/").content.decode()
    assert _menu_region(body) == f"Region: {network.region}"
    assert f"/staff/regions/{network.region.slug}/" in _menu(body)[0]


def test_a_region_she_has_no_role_in_is_not_remembered(client, network):
    """Lars coordinates Linköping only; a Jyväskylä page he may not open leaves his menu as it
    was."""
    client.force_login(network.lars)
    assert client.get(f"/staff/services/{network.service.pk}/edit/").status_code == 403
    body = client.get("/staff/import-export/").content.decode()
    assert _menu_region(body) == f"Region: {network.other_region}"
