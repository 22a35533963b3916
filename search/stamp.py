"""The stamp of search results (see directory.stamp): the directory's, plus the index's version
(which moves with every indexed change, in any process) and the best bets' and synonyms'
version, so a kept results page never outlives a change to what a search would find."""

from directory.stamp import directory_stamp
from search.models import IndexState, SteeringState


def results_stamp(*more) -> str:
    return directory_stamp(
        *more, (IndexState, "epoch"), (IndexState, "version"), (SteeringState, "version")
    )
