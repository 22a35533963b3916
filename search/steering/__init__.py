"""Search the network coordinator can steer.

- `bestbets`: services pinned to a need or to words, per region; they lead when a query means
  that need (in any language, by the engine's own need-by-meaning) and are marked as the
  network's recommendation, above the other results, never instead of them.
- `synonyms`: words and spellings staff declare equivalent, per language; a query that uses one
  is also read, in its words and in its meaning, as the others.
- `rules`: the rules every process holds, kept in step by a version row (as the index is).
- `quality`: a judged query set per region, recall@5 and MRR against the live index, and the
  effect of a change before it is saved.
- `suggestions`: the unmet-needs log grouped into candidates for a synonym or a best bet.
- `centrality`: how central a service is to a need, from the directory's data; it orders broad
  searches and the navigator's path alike.

The engine calls `plan` before it embeds the query and `Plan.apply` / `Plan.lead` after it has
scored it (search/engine.py, marked "Steering").
"""
