"""Forms that edit one language of a record's texts at a time (services, events): each field
stands beside the text it is translated from, read-only and in its own language."""

from django.utils.text import capfirst

from directory.templatetags.translated import language_direction, language_name
from directory.translation import TranslatedText, source_language


class SourceBeside:
    """Mixed into a form with `language` (the one being edited), `value` (the record's texts
    per field, ``{"fi": …}``) and `translated_names` (the text fields, in order)."""

    translated_names: tuple = ()

    def translated_rows(self):
        """(bound field, source or None) for each text field; the source is None where this
        language is the field's source or the field has no text yet."""
        return [(self[name], self._source(name)) for name in self.translated_names]

    def is_translation(self):
        """Whether a field here is translated from another language: the fields then line up
        in two columns, the source and the translation."""
        return any(source for _field, source in self.translated_rows())

    def _source(self, name):
        code = source_language(self.value[name])
        if code is None or code == self.language:
            return None
        source_id = f"{self[name].auto_id}_source"
        self.fields[name].widget.attrs["aria-describedby"] = source_id
        return {
            "id": source_id,
            "code": code,
            "name": capfirst(language_name(code)),
            "direction": language_direction(code),
            "text": TranslatedText(self.value[name]).exact(code),
        }
