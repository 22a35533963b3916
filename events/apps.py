from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events and bulletin"

    def ready(self):
        # Events go through the services' review workflow; it learns about them here, so that
        # coordination never imports this app.
        from coordination import permissions, workflow
        from events import records
        from events.models import Event, EventDraft

        workflow.register(
            workflow.Kind(
                model=Event,
                draft_model=EventDraft,
                records=records,
                can_edit=lambda user, event: permissions.can_edit_service(user, event.service),
                region=lambda event: event.service.organization.region,
            )
        )
