from learning.models.baseline import BaselineStudy, SwotItem
from learning.models.exchange import PolicyWorkshop, ThematicSeminar
from learning.models.instrument import PolicyInstrument, PolicyInstrumentVersion
from learning.models.peer_review import AgendaItem, PeerReview
from learning.models.practices import GoodPractice, PracticeEmbedding
from learning.models.stakeholders import Meeting, Stakeholder
from learning.models.trail import Indicator, Measurement, PolicyChange, Recommendation, Response

__all__ = [
    "AgendaItem",
    "BaselineStudy",
    "GoodPractice",
    "Indicator",
    "Measurement",
    "Meeting",
    "PeerReview",
    "PolicyChange",
    "PolicyInstrument",
    "PolicyInstrumentVersion",
    "PolicyWorkshop",
    "PracticeEmbedding",
    "Recommendation",
    "Response",
    "Stakeholder",
    "SwotItem",
    "ThematicSeminar",
]
