"""Links between records: parents later in the file, and links to records held elsewhere."""

from directory.models import Organization
from interchange import formats
from interchange.export import build_dataset
from interchange.importer import import_dataset

CHILD = "00000000-0000-4000-8000-0000000000c1"
PARENT = "00000000-0000-4000-8000-0000000000c2"
ELSEWHERE = "00000000-0000-4000-8000-0000000000e1"


def test_a_parent_may_come_after_its_child(empty_region):
    csv = (
        "id,name,description,parent_organization_id\r\n"
        f"{CHILD},Youth services,Part of the city,{PARENT}\r\n"
        f"{PARENT},City of Postojna,Municipality,\r\n"
    )

    report = import_dataset(
        empty_region, formats.read("organizations.csv", csv.encode(), "en"), apply=True
    )

    assert report.errors == []
    assert str(Organization.objects.get(pk=CHILD).parent_organization_id) == PARENT


def test_a_link_to_a_record_held_elsewhere_survives_the_round_trip(empty_region):
    csv = (
        f"id,name,description,parent_organization_id\r\n{CHILD},Youth services,Part,{ELSEWHERE}\r\n"
    )

    report = import_dataset(
        empty_region, formats.read("organizations.csv", csv.encode(), "en"), apply=True
    )

    assert [(w.row, w.column) for w in report.warnings] == [(2, "parent_organization_id")]
    assert Organization.objects.get(pk=CHILD).parent_organization_id is None
    row = build_dataset(empty_region, "en").rows["organization"][0]
    assert row["parent_organization_id"] == ELSEWHERE
