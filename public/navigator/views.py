"""The navigator's public pages: one question per screen, each a GET form, so that the answers
travel only in the address and the result link reproduces the result. Nothing is stored."""

from dataclasses import replace
from functools import wraps

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from events.listing import next_dates_of_services
from milestone.qr import qr_code
from navigator.forms import AnswersForm
from navigator.matching import build_path, reader_reading
from navigator.questionnaire import (
    AUDIENCE_STEP,
    STEPS_BY_KEY,
    questions_after_audience,
    steps_for,
)
from navigator.summary import answer_rows
from public.navigator.pdf import html_to_pdf

# Answers can be sensitive (protection status, age): no shared cache may keep a page holding them.
private = cache_control(private=True, no_store=True)


def _url(name, answers, **kwargs):
    query = answers.query_string()
    return reverse(f"public:{name}", kwargs=kwargs or None) + (f"?{query}" if query else "")


def _step_url(step, answers):
    return _url("navigator-step", answers, key=step.key)


def start(request):
    """The introduction. A link that already names the audience (the home page's employer
    tile) goes straight on to that audience's own first question."""
    form = AnswersForm(request.GET)
    if request.GET.get("audience") and "audience" not in form.errors:
        answers = form.answers()
        return redirect(_step_url(questions_after_audience(answers.audience)[0], answers))
    first = steps_for("")[0]
    return render(
        request,
        "navigator/start.html",
        {
            "first_url": reverse("public:navigator-step", kwargs={"key": first.key}),
            "employer_url": reverse("public:navigator") + "?audience=employer",
        },
    )


@private
def step(request, key):
    step = STEPS_BY_KEY.get(key)
    if step is None:
        raise Http404
    form = AnswersForm(request.GET)
    answers = form.answers()
    steps = steps_for(answers.audience)
    if step not in steps and step is not AUDIENCE_STEP:
        # An employer has no situation question, for example: go on with their own questions.
        return redirect(_step_url(steps[0], answers))
    submitted = request.GET.get("step") == key
    errors = [form[name] for name in step.fields if form.errors.get(name)] if submitted else []
    if submitted and not errors:
        if step is AUDIENCE_STEP:
            return redirect(_step_url(questions_after_audience(answers.audience)[0], answers))
        position = steps.index(step)
        if position + 1 < len(steps):
            return redirect(_step_url(steps[position + 1], answers))
        return redirect(_url("navigator-result", answers))
    # An employer may go back to the audience question to change it; it is not one of theirs.
    position = steps.index(step) if step in steps else None
    back = None
    if position:
        back = steps[position - 1]
    elif step is not AUDIENCE_STEP:
        back = AUDIENCE_STEP
    carried = [
        (name, value)
        for name, values in answers.query().items()
        if name not in step.fields
        for value in values
    ]
    # Before the first answer nothing is chosen, not even the default audience.
    chosen = answers if "audience" not in form.errors else replace(answers, audience="")
    shown = form if submitted else AnswersForm.showing(chosen)
    context = {
        "step": step,
        "fields": [shown[name] for name in step.fields],
        "errors": errors,
        "carried": carried,
        "number": position + 1 if position is not None else None,
        "total": len(steps),
        "back_url": _step_url(back, answers) if back else None,
        "action": reverse("public:navigator-step", kwargs={"key": key}),
    }
    return render(request, "navigator/step.html", context)


def _result_context(request):
    form = AnswersForm(request.GET)
    answers = form.answers()
    path = build_path(answers, language=get_language())
    # Answers the link carried but nobody could understand are named, then left out.
    misunderstood = [form[name] for name in form.errors]
    result_url = request.build_absolute_uri(_url("navigator-result", answers))
    services = [step.service for step in path.steps]
    return {
        "path": path,
        "event_dates": next_dates_of_services(services),
        "answers": answers,
        "misunderstood": misunderstood,
        "rows": answer_rows(answers, lambda step: _step_url(step, answers)),
        "result_url": result_url,
        "result_qr": qr_code(result_url, _("QR code of the link to this path")),
        # Nothing chosen yet for lack of a goal: the question that chooses most, one click away.
        "goals_url": None
        if path.steps or answers.goals
        else _step_url(_goals_step(answers), answers),
        "print_url": _url("navigator-print", answers),
        "pdf_url": _url("navigator-pdf", answers),
        "start_url": reverse("public:navigator"),
    }


def _goals_step(answers):
    return next(step for step in steps_for(answers.audience) if "goals" in step.fields)


def _without_audience(request):
    """A link whose audience is missing or unknown goes back to that question, keeping the
    other answers."""
    answers = AnswersForm(request.GET).answers()
    query = {name: values for name, values in answers.query().items() if name != "audience"}
    url = reverse("public:navigator-step", kwargs={"key": "audience"})
    return redirect(url + ("?" + urlencode(query, doseq=True) if query else ""))


def _needs_audience(view):
    @wraps(view)
    def wrapper(request):
        if "audience" in AnswersForm(request.GET).errors:
            return _without_audience(request)
        return view(request)

    return wrapper


@private
@_needs_audience
def result(request):
    context = _result_context(request)
    with reader_reading(context["answers"]):
        return render(request, "navigator/result.html", context)


@private
@_needs_audience
def result_print(request):
    context = _result_context(request)
    with reader_reading(context["answers"]):
        return render(request, "navigator/print.html", context)


@private
@_needs_audience
def result_pdf(request):
    context = _result_context(request) | {"for_pdf": True}
    with reader_reading(context["answers"]):
        html = render_to_string("navigator/print.html", context, request=request)
    response = HttpResponse(
        html_to_pdf(html, "navigator/print.css"), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="milestone-path-{get_language()}.pdf"'
    return response
