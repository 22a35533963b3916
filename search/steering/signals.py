"""Every change to a best bet or a synonym, from any path (staff pages, admin, a cascade when a
service or region is deleted), moves the rules' version on."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.models import BestBet, Synonym
from search.steering import rules


@receiver(post_save, sender=BestBet, dispatch_uid="steering_bet_saved")
@receiver(post_delete, sender=BestBet, dispatch_uid="steering_bet_deleted")
@receiver(post_save, sender=Synonym, dispatch_uid="steering_synonym_saved")
@receiver(post_delete, sender=Synonym, dispatch_uid="steering_synonym_deleted")
def rules_changed(sender, **kwargs):
    rules.bump()
