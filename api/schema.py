"""The OpenAPI description tells the truth about failures: every operation documents the
error answers its view can give, derived from what the view does, so that a client (and the
schemathesis probe in api/tests/test_probe.py) meets no undocumented status.

- 400: the operation reads query parameters or a body, and says which one is wrong;
- 403: the view's permissions can refuse the caller (not signed in, no role, no CSRF token);
- 404: a record named in the path, or a named region or page, does not exist;
- 413: the body is larger than the API accepts (api/parsers.py);
- views add their own (e.g. 429) with `extend_schema(responses=…)` or `error_statuses`.
"""

from drf_spectacular import openapi
from rest_framework import permissions, serializers

SAFE = ("GET", "HEAD", "OPTIONS")
DESCRIPTIONS = {
    "400": "A parameter or the body is wrong; the answer names each and says why, in the "
    "request's language.",
    "403": "Not signed in, no role that allows this, or no CSRF token with a session.",
    "404": "No such record, region or page.",
    "413": "The body is larger than this API accepts.",
    "429": "Too many requests from this caller; wait and try again.",
}


class ErrorSerializer(serializers.Serializer):
    """{"detail": message}, or {field: [messages]} for the fields that are wrong."""

    detail = serializers.CharField(required=False)


# A time of day as the APIs write it ("09:00:00", in the schedule's own time zone). OpenAPI's
# `time` format means RFC 3339 full-time, which demands an offset that these values do not have.
LOCAL_TIME = {
    "type": "string",
    "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$",
    "example": "09:00:00",
}


class AutoSchema(openapi.AutoSchema):
    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if isinstance(field, serializers.TimeField) and schema.get("format") == "time":
            schema = {key: value for key, value in schema.items() if key != "format"}
            schema.update(LOCAL_TIME)
        return schema

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        responses = operation["responses"]
        for code in sorted(self._error_statuses(operation)):
            if code not in responses:
                error = self.resolve_serializer(ErrorSerializer, "response").ref
                responses[code] = {
                    "description": DESCRIPTIONS[code],
                    "content": {"application/json": {"schema": error}},
                }
        return operation

    def _error_statuses(self, operation) -> set[str]:
        statuses = {str(code) for code in getattr(self.view, "error_statuses", ())}
        parameters = operation.get("parameters", [])
        if operation.get("requestBody") or any(p["in"] == "query" for p in parameters):
            statuses.add("400")
        if operation.get("requestBody"):
            statuses.add("413")
        if any(p["in"] == "path" or p["name"] == "page" for p in parameters):
            statuses.add("404")
        if self._may_refuse():
            statuses.add("403")
        return statuses

    def _may_refuse(self) -> bool:
        for permission in self.view.get_permissions():
            if isinstance(permission, permissions.AllowAny):
                continue
            if (
                isinstance(permission, permissions.IsAuthenticatedOrReadOnly)
                and self.method in SAFE
            ):
                continue
            return True
        # A signed-in session must send its CSRF token with every write.
        return self.method not in SAFE and bool(self.view.get_authenticators())
