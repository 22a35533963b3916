"""Helpers the search tests share."""


def names(result):
    return [str(hit.service.name) for hit in result.hits]
