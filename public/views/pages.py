import datetime

from django.shortcuts import render

# The date the statement was last reviewed against the site (the directive asks for it).
STATEMENT_DATE = datetime.date(2026, 11, 27)
# The demo has no real accessibility contact; .example can never receive mail, and the page
# says so. A deployment replaces this with the city's own address.
CONTACT_EMAIL = "accessibility@milestone-hub.example"


def accessibility_statement(request):
    return render(
        request,
        "public/accessibility.html",
        {"statement_date": STATEMENT_DATE, "contact_email": CONTACT_EMAIL},
    )
