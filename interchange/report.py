"""What an import did or would do: counts per table, and problems that name file, row and
column. Messages are written in the active language when the problem is found."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Problem:
    file: str
    row: int | None  # the line in the file (the header is line 1), or the record's position
    column: str | None
    message: str


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    held: int = 0
    withdrawn: int = 0  # PTV sync: services PTV no longer lists, marked inactive


@dataclass
class Report:
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)

    def error(self, file, row, column, message):
        self.errors.append(Problem(file, row, column, str(message)))

    def warn(self, file, row, column, message):
        self.warnings.append(Problem(file, row, column, str(message)))

    def count(self, table_name: str) -> Counts:
        return self.counts.setdefault(table_name, Counts())

    @property
    def ok(self) -> bool:
        return not self.errors

    def totals(self) -> Counts:
        total = Counts()
        for counts in self.counts.values():
            total.created += counts.created
            total.updated += counts.updated
            total.unchanged += counts.unchanged
            total.held += counts.held
            total.withdrawn += counts.withdrawn
        return total

    def as_dict(self) -> dict:
        return {
            "errors": [asdict(p) for p in self.errors],
            "warnings": [asdict(p) for p in self.warnings],
            "counts": {name: asdict(c) for name, c in self.counts.items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> Report:
        return cls(
            errors=[Problem(**p) for p in data.get("errors", [])],
            warnings=[Problem(**p) for p in data.get("warnings", [])],
            counts={name: Counts(**c) for name, c in data.get("counts", {}).items()},
        )


class FileRejected(Exception):
    """The file as a whole cannot be read; the report says why."""

    def __init__(self, report: Report):
        super().__init__("; ".join(p.message for p in report.errors))
        self.report = report
