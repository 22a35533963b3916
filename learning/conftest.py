from learning.tests.personas import (  # noqa: F401 - fixtures
    burgenlandkreis,
    greta,
    jussi,
    jyvaskyla,
    learning_demo,
    piotr,
    satu,
    vera,
    west_pomerania,
)
