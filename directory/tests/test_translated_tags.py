"""The translated-text template tags: Amina reads Arabic; what is missing in Arabic is shown in
Finnish, marked, and tagged with its language so that her screen reader pronounces it right."""

from django.template import Context, Template
from django.utils import translation

from directory.templatetags.translated import language_name, resolve
from directory.translation import TranslatedText


def render(source, **context):
    return Template("{% load translated %}" + source).render(Context(context))


def test_text_in_the_readers_language_is_plain():
    with translation.override("ar"):
        html = render("{% translated name %}", name=TranslatedText({"fi": "Kurssi", "ar": "دورة"}))
    assert html == "دورة"


def test_fallback_text_carries_its_language_and_direction():
    with translation.override("ar"):
        html = render("{% translated name %}", name=TranslatedText({"fi": "Kurssi"}))
    assert html == '<span class="fallback" lang="fi" dir="ltr">Kurssi</span>'


def test_a_block_fallback_gets_a_visible_note_in_the_readers_language():
    with translation.override("en"):
        html = render(
            "{% translated text block=True %}", text=TranslatedText({"fi": "Rivi 1\n\nRivi 2"})
        )
    assert html.startswith('<div class="fallback" lang="fi" dir="ltr"><p>Rivi 1</p>')
    assert '<p class="fallback-note">(in Finnish: not yet translated)</p>' in html


def test_the_note_can_be_asked_for_inline_or_left_out():
    name = TranslatedText({"fi": "Kurssi"})
    with translation.override("en"):
        assert "fallback-note" in render("{% translated name note=True %}", name=name)
        assert "fallback-note" not in render(
            "{% translated name block=True note=False %}", name=name
        )


def test_text_is_escaped():
    with translation.override("fi"):
        html = render("{% translated name %}", name=TranslatedText({"fi": "<b>x</b>"}))
    assert html == "&lt;b&gt;x&lt;/b&gt;"


def test_empty_text_renders_nothing():
    assert render("{% translated name block=True %}", name=TranslatedText({})) == ""


def test_filters_give_the_resolved_value_and_plain_text():
    name = TranslatedText({"fi": "Kurssi", "en": "Course"})
    with translation.override("sv"):
        assert render("{{ name|text }}", name=name) == "Kurssi"
        assert render("{% with r=name|resolved %}{{ r.language }}{% endwith %}", name=name) == "fi"
        assert (
            render("{% any_fell_back a b as x %}{{ x }}", a=name, b=TranslatedText({"sv": "K"}))
            == "True"
        )


def test_interface_strings_count_as_the_readers_language():
    with translation.override("fi"):
        assert resolve("Hei").fell_back is False


def test_language_names_are_in_the_readers_language_somali_included():
    with translation.override("en"):
        assert language_name("ar") == "Arabic"
        assert language_name("so") == "Somali"
        assert language_name("xx") == "xx"
    with translation.override("fi"):
        assert language_name("en") == "englanti"


def test_a_somali_reader_gets_language_names_in_somali_not_in_finnish():
    """Django has no Somali catalogue: the names came from the fallback language, so Faadumo
    read "(englanti: weli lama turjumin)"."""
    with translation.override("so"):
        assert language_name("en") == "Af-Ingiriis"
        assert language_name("de") == "German"  # not one of ours: Django's English name
        note = render("{% translated name note=True %}", name=TranslatedText({"en": "Club"}))
    assert "Af-Ingiriis" in note and "englanti" not in note


def test_names_inside_a_french_or_spanish_sentence_are_in_lower_case():
    name = TranslatedText({"en": "Club"})
    with translation.override("fr"):
        assert "(en anglais : pas encore traduit)" in render("{% translated n note=True %}", n=name)
        assert language_name("fi") == "finnois"
    with translation.override("es"):
        assert "(en inglés: aún sin traducir)" in render("{% translated n note=True %}", n=name)


def test_lists_take_the_readers_punctuation():
    """Amina reads "العربية، الفنلندية", not a Latin comma between Arabic words."""
    codes = ["ar", "fi"]
    loop = "{% for c in codes %}{{ c|language_name }}{% if not forloop.last %}{% sep %}{% endif %}{% endfor %}"
    with translation.override("ar"):
        assert render(loop, codes=codes) == "العربيّة، الفنلنديّة"
        assert render('{{ reasons|listed:"strong" }}', reasons=["أ", "ب"]) == "أ؛ ب"
    with translation.override("fa"):
        assert render("{{ words|listed }}", words=["الف", "ب"]) == "الف، ب"
    with translation.override("en"):
        assert render(loop, codes=codes) == "Arabic, Finnish"
        assert render('{{ reasons|listed:"strong" }}', reasons=["a, b", "c"]) == "a, b; c"


def test_listed_items_are_escaped():
    with translation.override("en"):
        html = render("{{ items|listed }}", items=["<b>x</b>", "y"])
    assert html == "&lt;b&gt;x&lt;/b&gt;, y"


def test_a_sentence_ending_in_an_abbreviation_has_one_full_stop():
    """Ivan reads "6 декабря 2026 г. Ещё не проверено", not "г.. Ещё"; an ellipsis stays."""
    with translation.override("ru"):
        html = render(
            "{% load i18n %}{% blocktranslate asvar line %}Updated {{ day }}. Next.{% endblocktranslate %}"
            "{{ line|sentence }}",
            day="6 декабря 2026 г.",
        )
    assert html == "Updated 6 декабря 2026 г. Next."
    assert render("{{ text|sentence }}", text="Wait... Inc.. <b>") == "Wait... Inc. &lt;b&gt;"
