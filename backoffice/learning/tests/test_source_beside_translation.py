"""Satu opens a good practice written in Finnish to add its Arabic translation: the Finnish text
is the first field, and each other language's field has the Finnish source beside it,
read-only, marked as Finnish and left-to-right; the Arabic field is right-to-left."""

import lxml.html

from directory.translation import TranslatedText
from learning.tests.factories import GoodPracticeFactory


def test_satu_sees_the_finnish_source_beside_the_arabic_field(client, satu, jyvaskyla):
    practice = GoodPracticeFactory(
        region=jyvaskyla,
        description=TranslatedText({"fi": "Avoin kielikerho joka tiistai."}),
    )
    client.force_login(satu)
    page = client.get(f"/staff/learning/jyvaskyla/good-practice/{practice.pk}/")
    assert page.status_code == 200
    html = lxml.html.fromstring(page.content.decode())

    first = html.xpath('//fieldset[legend="Detailed description"]//textarea')[0]
    assert first.get("name") == "description_fi"
    arabic = html.xpath('//textarea[@name="description_ar"]')[0]
    assert (arabic.get("lang"), arabic.get("dir")) == ("ar", "rtl")
    source = html.get_element_by_id(arabic.get("aria-describedby"))
    assert (source.get("lang"), source.get("dir")) == ("fi", "ltr")
    assert source.text_content() == "Avoin kielikerho joka tiistai."
    assert source.getprevious().text_content() == "Source (Finnish)"
