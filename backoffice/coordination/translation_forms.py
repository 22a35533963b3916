"""The translator's forms: one service's texts in one language, and a file to import."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from coordination.translation_files import FORMATS
from directory.templatetags.translated import language_direction, language_name


class TranslationForm(forms.Form):
    """One text box per field that has a source, prefilled with the translation being written;
    a stale one can be confirmed as still right."""

    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    checked = forms.BooleanField(
        label=_("I work for the provider and have checked these translations"), required=False
    )

    def __init__(self, *args, rows, language, can_check=False, machine=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        attrs = {"lang": language, "dir": language_direction(language), "rows": 4}
        # The field's name is the fieldset's legend; the box is labelled with its language and
        # described by the source beside it.
        label = capfirst(language_name(language))
        for row in rows:
            self.fields[row.field] = forms.CharField(
                label=label,
                required=False,
                widget=forms.Textarea(
                    attrs={**attrs, "aria-describedby": f"source-text-{row.field}"}
                ),
                initial=(machine or {}).get(row.field) or row.proposed,
            )
            self.fields[f"machine_{row.field}"] = forms.CharField(
                required=False, widget=forms.HiddenInput, initial=(machine or {}).get(row.field)
            )
            if row.stale:
                self.fields[f"confirm_{row.field}"] = forms.BooleanField(
                    label=_("The translation is still right for the changed source"),
                    required=False,
                )
        if not can_check:
            del self.fields["checked"]

    def pairs(self):
        """(row, text field, confirm field or None) for the template."""
        for row in self.rows:
            confirm = (
                self[f"confirm_{row.field}"] if f"confirm_{row.field}" in self.fields else None
            )
            yield row, self[row.field], self[f"machine_{row.field}"], confirm

    def texts(self) -> dict[str, str]:
        return {row.field: self.cleaned_data.get(row.field, "") for row in self.rows}

    def machine(self) -> dict[str, str]:
        return {row.field: self.cleaned_data.get(f"machine_{row.field}") or "" for row in self.rows}

    def confirmed(self) -> set[str]:
        return {row.field for row in self.rows if self.cleaned_data.get(f"confirm_{row.field}")}


class TranslationImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated file (XLIFF 2 or PO)"),
        help_text=_("The file exported from this page, with the translations filled in."),
    )
    # A translated XLIFF file of a large region stays well under this; anything bigger is a
    # mistake, not a translation.
    MAX_BYTES = 20 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)d MB; export a smaller set of texts.")
                % {"limit": self.MAX_BYTES // (1024 * 1024)}
            )
        return upload


class TranslationExportForm(forms.Form):
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("xliff", _("XLIFF 2.0")), ("po", _("gettext PO"))],
        initial="xliff",
    )

    def clean_format(self):
        value = self.cleaned_data["format"]
        if value not in FORMATS:
            raise forms.ValidationError(_("Choose XLIFF 2.0 or PO."))
        return value
