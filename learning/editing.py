"""Saving and deleting workspace records on behalf of a person: the region check, the model's
own validation and the write happen together, so nothing half-written is left behind."""

from django.db import transaction

from learning.permissions import ensure_can_edit


@transaction.atomic
def save(user, record, *, m2m: dict | None = None):
    """Validate and save `record` (and its many-to-many links) as `user`."""
    ensure_can_edit(user, record)
    previous = type(record).objects.filter(pk=record.pk).first() if record.pk else None
    if previous is not None:
        # Moving a record to another region needs the right to edit both.
        ensure_can_edit(user, previous)
    check = getattr(record, "check_editable", None)
    if check is not None:
        check(previous)
    record.full_clean()
    clean_links = getattr(record, "clean_links", None)
    if clean_links is not None and m2m:
        clean_links(m2m)
    record.save()
    for name, values in (m2m or {}).items():
        getattr(record, name).set(values)
    after = getattr(record, "after_edit", None)
    if after is not None:
        after()
    return record


@transaction.atomic
def delete(user, record):
    """Delete `record` as `user`; a record locked against change (a submitted or validated
    practice) is locked against deletion too."""
    ensure_can_edit(user, record)
    check = getattr(record, "check_editable", None)
    if check is not None:
        check(type(record).objects.get(pk=record.pk))
    record.delete()
