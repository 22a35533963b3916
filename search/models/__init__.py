"""The search app's models: the index and what it keeps (index.py), and what the coordinator
steers search with (steering.py: best bets, synonyms, judged queries; used by search/steering/).
Split in two modules so that the steering code depends on the models, never the reverse."""

from search.models.index import (
    IndexState,
    PendingIndex,
    SearchDocument,
    UnmetSearch,
    new_epoch,
)
from search.models.steering import BestBet, JudgedQuery, SteeringState, Synonym

__all__ = [
    "BestBet",
    "IndexState",
    "JudgedQuery",
    "PendingIndex",
    "SearchDocument",
    "SteeringState",
    "Synonym",
    "UnmetSearch",
    "new_epoch",
]
