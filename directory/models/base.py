import uuid

from django.db import models


class Record(models.Model):
    """Every directory record has a UUID, as HSDS requires, so that ids survive exchange."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True
