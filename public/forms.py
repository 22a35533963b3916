from django import forms
from django.utils.translation import gettext_lazy as _

QUERY_MAX_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("What are you looking for?"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        error_messages={
            "max_length": _(
                "Your search is too long. Use at most %(limit_value)d characters, "
                "for example a few key words."
            ),
            "null_characters_not_allowed": _(
                "Your search has a character that cannot be used. Type the words again."
            ),
        },
    )

    def __init__(self, data=None, **kwargs):
        if data is not None:
            data = data.copy()
            # A pasted essay would bloat the page when shown back; keep enough to show the error.
            data["q"] = data.get("q", "")[: QUERY_MAX_LENGTH * 2]
        super().__init__(data, **kwargs)
        self.fields["q"].widget.attrs.update(
            {"type": "search", "autocomplete": "off", "enterkeyhint": "search", "dir": "auto"}
        )

    def full_clean(self):
        super().full_clean()
        if "q" in self.errors:
            # Screen readers announce the error with the field (the id is in filters.html).
            self.fields["q"].widget.attrs.update(
                {"aria-invalid": "true", "aria-describedby": "q-error"}
            )
