# Filled by its capability; mounted by the parent urls module.
urlpatterns = []
