"""Every change to a best bet, a synonym or a taxonomy term (or its taxonomy's code), from any
path (staff pages, admin, imports, a cascade when a service or region is deleted), moves the
rules' version on: each process then reads them, the vocabulary too, again (rules.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from directory.models import Taxonomy, TaxonomyTerm
from search.models import BestBet, Synonym
from search.steering import rules


@receiver(post_save, sender=BestBet, dispatch_uid="steering_bet_saved")
@receiver(post_delete, sender=BestBet, dispatch_uid="steering_bet_deleted")
@receiver(post_save, sender=Synonym, dispatch_uid="steering_synonym_saved")
@receiver(post_delete, sender=Synonym, dispatch_uid="steering_synonym_deleted")
@receiver(post_save, sender=TaxonomyTerm, dispatch_uid="steering_term_saved")
@receiver(post_delete, sender=TaxonomyTerm, dispatch_uid="steering_term_deleted")
@receiver(post_save, sender=Taxonomy, dispatch_uid="steering_taxonomy_saved")
def rules_changed(sender, **kwargs):
    rules.bump()
