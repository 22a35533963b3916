"""Jobs the tests run, as a domain app would define them."""

from jobs import GiveUp, job, progress

# How many more times `flaky` fails, set by each test.
failures = {"left": 0}


@job(max_attempts=3)
def flaky(greeting: str) -> dict:
    if failures["left"]:
        failures["left"] -= 1
        raise ConnectionError("the partner's server did not answer")
    return {"said": greeting}


@job
def hopeless() -> None:
    raise GiveUp("the file is not a directory export")


@job
def counting(to: int) -> int:
    for number in range(1, to + 1):
        progress(number, to, stage="counting")
    return to
