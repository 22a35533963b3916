from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from interchange.formats.limits import max_bytes, too_large_message

ACCEPTED = ".zip,.csv,.json,.ndjson,.jsonl,.xlsx"


class ImportForm(forms.Form):
    region = forms.ModelChoiceField(
        queryset=None, label=_("Region to import into"), empty_label=None
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "An HSDS data package (.zip), one HSDS table (.csv), HSDS JSON (.json or .ndjson) "
            "or the Excel template (.xlsx)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED}),
    )
    language = forms.ChoiceField(
        label=_("Language of text without a language column"),
        help_text=_(
            "Plain HSDS files have one text per field. Choose the language it is written in; "
            "files exported from MILEstone Hub say it themselves."
        ),
        required=False,
    )

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions
        self.fields["language"].choices = [("", _("As the file says"))] + [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_bytes():
            raise forms.ValidationError(too_large_message(upload.size))
        return upload
