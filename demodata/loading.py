"""Loading the demo data, as `make run` does: the directory (directory/demo/), its search index,
and the policy-learning workspace (learning/demo/).

It lives above the domain apps because it joins them: the directory's loader knows nothing of
search or of learning, so the directory stays the ground floor every other app stands on.
"""

from django.db import transaction

from directory.demo.loader import Summary
from directory.demo.loader import load_demo_data as load_directory
from learning.demo import load_learning_demo
from search.deferred import batched_indexing


@transaction.atomic
def load_directory_demo(data=None) -> Summary:
    """The demo directory, its services indexed together once they are all written (in this
    transaction)."""
    with batched_indexing():
        return load_directory(data)


def load_learning_workspace_demo():
    """The policy-learning workspace, which stands on the demo directory's regions."""
    return load_learning_demo()
