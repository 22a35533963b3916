"""Bad files get clear errors, naming file, row and column, and change nothing.

Petra, Postojna's network coordinator, imports her region's spreadsheets; each test breaks
the file in one way and checks the message and that the directory is exactly as before.
"""

import codecs
import io

import pytest
from openpyxl import load_workbook

from directory.models import Organization, Service
from interchange import formats
from interchange.export import build_dataset
from interchange.importer import import_dataset
from interchange.report import FileRejected

ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
SERVICE = "ac148810-d857-441c-9679-408f346de14b"
ORGANIZATIONS = f"id,name,description\r\n{ORG},Postojna Cave Park,Tourism and jobs\r\n"
SERVICES = f"id,organization_id,name,status\r\n{SERVICE},{ORG},Slovene for adults,active\r\n"


def package(**files):
    contents = {"organizations.csv": ORGANIZATIONS, "services.csv": SERVICES}
    contents.update(files)
    return formats.datapackage.pack(
        {name: text.encode() if isinstance(text, str) else text for name, text in contents.items()}
    )


def attempt(region, data, name="postojna.zip"):
    """Import and return (errors, whether the directory changed)."""
    before = (Organization.objects.count(), Service.objects.count())
    try:
        report = import_dataset(region, formats.read(name, data, "en"), apply=True)
    except FileRejected as rejected:
        report = rejected.report
    after = (Organization.objects.count(), Service.objects.count())
    return report.errors, before != after


def test_a_good_package_imports(empty_region):
    errors, changed = attempt(empty_region, package())

    assert errors == [] and changed
    assert Service.objects.get().name.exact("en") == "Slovene for adults"


def test_a_missing_required_column(empty_region):
    errors, changed = attempt(
        empty_region,
        package(**{"services.csv": f"id,organization_id,status\r\n{SERVICE},{ORG},active\r\n"}),
    )

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [("services.csv", 1, "name")]
    assert "required column" in errors[0].message


def test_a_bad_uuid(empty_region):
    errors, changed = attempt(
        empty_region, package(**{"services.csv": SERVICES + f"not-a-uuid,{ORG},Second,active\r\n"})
    )

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [("services.csv", 3, "id")]
    assert "not-a-uuid" in errors[0].message


def test_a_broken_reference(empty_region):
    missing = "00000000-0000-4000-8000-000000000001"
    errors, changed = attempt(
        empty_region,
        package(
            **{
                "services.csv": f"id,organization_id,name,status\r\n{SERVICE},{missing},X,active\r\n"
            }
        ),
    )

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [("services.csv", 2, "organization_id")]
    assert missing in errors[0].message


def test_a_duplicate_id(empty_region):
    errors, changed = attempt(
        empty_region, package(**{"services.csv": SERVICES + f"{SERVICE},{ORG},Again,active\r\n"})
    )

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [("services.csv", 3, "id")]
    assert "row 2" in errors[0].message


def test_a_value_that_does_not_fit(empty_region):
    errors, changed = attempt(
        empty_region,
        package(
            **{
                "services.csv": "id,organization_id,name,status,email,minimum_age\r\n"
                f"{SERVICE},{ORG},X,active,not-an-email,twelve\r\n"
            }
        ),
    )

    assert not changed
    assert {(e.row, e.column) for e in errors} == {(2, "email"), (2, "minimum_age")}


def test_one_bad_row_among_good_ones_imports_nothing(empty_region):
    good = "".join(
        f"00000000-0000-4000-8000-{n:012d},{ORG},Service {n},active\r\n" for n in range(1, 50)
    )
    errors, changed = attempt(
        empty_region,
        package(
            **{"services.csv": SERVICES + good + f"{SERVICE[:-1]}0,{ORG},Bad,unknown-status\r\n"}
        ),
    )

    assert not changed
    assert [(e.row, e.column) for e in errors] == [(52, "status")]


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("cp1252", "Windows-1252"), ("utf-16", "UTF-16")],
)
def test_a_wrong_encoding_is_named(empty_region, encoding, named):
    text = ORGANIZATIONS.replace("Postojna Cave Park", "Postojnska jama – Škocjan")
    text = text.replace("Tourism", "Työ ja matkailu")
    errors, changed = attempt(empty_region, package(**{"organizations.csv": text.encode(encoding)}))

    assert not changed
    assert errors[0].file == "organizations.csv"
    assert named in errors[0].message and "UTF-8" in errors[0].message


def test_utf8_with_a_byte_order_mark_is_fine(empty_region):
    data = codecs.BOM_UTF8 + ORGANIZATIONS.encode()
    errors, changed = attempt(empty_region, package(**{"organizations.csv": data}))

    assert errors == [] and changed


def test_an_oversized_file(empty_region, settings):
    settings.INTERCHANGE_MAX_BYTES = 100
    errors, changed = attempt(empty_region, package())

    assert not changed
    assert "at most 100\xa0bytes" in errors[0].message


def test_too_many_rows(empty_region, settings):
    settings.INTERCHANGE_MAX_ROWS = 10
    rows = "".join(
        f"00000000-0000-4000-8000-{n:012d},{ORG},Service {n},active\r\n" for n in range(1, 20)
    )
    errors, changed = attempt(empty_region, package(**{"services.csv": SERVICES + rows}))

    assert not changed
    assert [(e.file, e.row) for e in errors] == [("services.csv", 12)]
    assert "10 rows" in errors[0].message


def test_a_zip_bomb_is_refused(empty_region, settings):
    settings.INTERCHANGE_MAX_UNPACKED_BYTES = 5000
    errors, changed = attempt(empty_region, package(**{"services.csv": SERVICES + "\r\n" * 10000}))

    assert not changed
    assert "unpacks" in errors[0].message


def test_not_a_known_file_type(empty_region):
    errors, changed = attempt(empty_region, b"%PDF-1.7", name="directory.pdf")

    assert not changed and ".xlsx" in errors[0].message


def test_malformed_json(empty_region):
    errors, changed = attempt(empty_region, b'{"service": [', name="directory.json")

    assert not changed
    assert "line 1" in errors[0].message


def test_errors_are_in_the_staff_members_language(empty_region):
    from django.utils import translation

    with translation.override("fi"):
        errors, _changed = attempt(
            empty_region, package(**{"services.csv": SERVICES + f"x,{ORG},Y,active\r\n"})
        )

    assert "UUID" in errors[0].message and "ei ole" in errors[0].message


# --- formula cells ---------------------------------------------------------------------------
@pytest.fixture
def formula_service(empty_region):
    """A provider's editor typed text that a spreadsheet would run as formulas."""
    from directory.tests.factories import OrganizationFactory, ServiceFactory
    from directory.translation import TranslatedText

    ServiceFactory(
        organization=OrganizationFactory(region=empty_region),
        name=TranslatedText({"en": '=HYPERLINK("http://evil.example","click")'}),
        description=TranslatedText({"en": "@SUM(A1)"}),
    )
    return empty_region


def test_formulas_are_neutralised_in_csv_exports(formula_service):
    files = formats.datapackage.write(build_dataset(formula_service, "en"))
    services = files["services.csv"].decode()

    assert "'=HYPERLINK" in services and "'@SUM(A1)" in services
    assert ",=" not in services and ",@" not in services


def test_formulas_are_neutralised_in_excel_exports(formula_service):
    workbook = load_workbook(
        io.BytesIO(formats.write("excel", build_dataset(formula_service, "en")))
    )
    sheet = workbook["service"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))

    assert row["name@en"].value.startswith("'=") and row["name@en"].data_type == "s"
    assert row["description@en"].value == "'@SUM(A1)"


def test_neutralised_cells_come_back_exactly(formula_service):
    data = formats.write("datapackage", build_dataset(formula_service, "en"))
    report = import_dataset(formula_service, formats.read("again.zip", data), apply=True)

    assert report.totals().updated == 0
    assert Service.objects.get().description.exact("en") == "@SUM(A1)"


def test_a_formula_in_an_uploaded_csv_is_refused(empty_region):
    errors, changed = attempt(
        empty_region,
        package(
            **{
                "services.csv": f'id,organization_id,name,status\r\n{SERVICE},{ORG},"=1+1",active\r\n'
            }
        ),
    )

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [("services.csv", 2, "name")]
    assert "formula (=1+1)" in errors[0].message


def test_a_formula_in_a_filled_in_workbook_is_refused(empty_region):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "organization"
    sheet.append(["id", "name@en", "description@en"])
    sheet.append([ORG, "Postojna Cave Park", '=HYPERLINK("http://evil.example","x")'])
    buffer = io.BytesIO()
    workbook.save(buffer)

    errors, changed = attempt(empty_region, buffer.getvalue(), name="filled-in.xlsx")

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [
        ("filled-in.xlsx › organization", 2, "description@en")
    ]


def test_phone_numbers_with_a_plus_are_text_not_formulas(empty_region):
    phones = f"id,service_id,number\r\n00000000-0000-4000-8000-0000000000f1,{SERVICE},+386 5 700 01 00\r\n"
    errors, changed = attempt(empty_region, package(**{"phones.csv": phones}))

    assert errors == [] and changed


@pytest.mark.parametrize("cell", [" =1+1", "\t=1+1", "\r=1+1", "  \t =cmd|' /C calc'!A0"])
def test_a_formula_behind_spaces_tabs_or_line_breaks_is_refused(empty_region, cell):
    quoted = '"' + cell.replace('"', '""') + '"'
    errors, changed = attempt(
        empty_region,
        package(
            **{
                "services.csv": f"id,organization_id,name,status\r\n{SERVICE},{ORG},{quoted},active\r\n"
            }
        ),
    )

    assert not changed
    assert [(e.file, e.row, e.column) for e in errors] == [("services.csv", 2, "name")]
    assert "formula" in errors[0].message


@pytest.mark.parametrize("text", [" =1+1", "\t=1+1", "\r=1+1", "\n@SUM(A1)", "  -2+3", "\t"])
def test_cells_a_spreadsheet_could_run_are_exported_as_text_and_read_back_exactly(text):
    from interchange.values import neutralise, restore

    written = neutralise(text)

    assert written.startswith("'")
    assert restore(written) == text
    assert restore(neutralise(written)) == written
