"""/api/v1/ for the policy-learning workspace. Public read of what is public (validated practices,
published studies, confirmed peer reviews…); the region's staff also read their drafts and write
under the region permissions of learning.permissions, through learning's domain functions."""

from django.urls import include, path
from rest_framework.routers import SimpleRouter

from api.v1.learning import views

router = SimpleRouter(trailing_slash=False)
router.register("learning/regions", views.RegionViewSet, basename="learning-region")
router.register(
    "learning/policy-instruments", views.InstrumentViewSet, basename="learning-instrument"
)
router.register("learning/stakeholders", views.StakeholderViewSet, basename="learning-stakeholder")
router.register("learning/meetings", views.MeetingViewSet, basename="learning-meeting")
router.register("learning/baseline-studies", views.BaselineStudyViewSet, basename="learning-study")
router.register("learning/swot-items", views.SwotItemViewSet, basename="learning-swot")
router.register("learning/good-practices", views.GoodPracticeViewSet, basename="learning-practice")
router.register("learning/seminars", views.SeminarViewSet, basename="learning-seminar")
router.register(
    "learning/policy-workshops", views.PolicyWorkshopViewSet, basename="learning-workshop"
)
router.register("learning/peer-reviews", views.PeerReviewViewSet, basename="learning-review")
router.register(
    "learning/recommendations", views.RecommendationViewSet, basename="learning-recommendation"
)
router.register("learning/indicators", views.IndicatorViewSet, basename="learning-indicator")

urlpatterns = [
    path("", include(router.urls)),
    path("learning/project-indicators", views.ProjectIndicatorsView.as_view()),
]
