from django.shortcuts import render

from directory import browse
from public.forms import SearchForm
from public.kept import kept, pages_stamp


@kept(pages_stamp)
def home(request):
    return render(
        request,
        "public/home.html",
        {
            "aims": browse.term_choices("aim", "aim"),
            "needs": browse.most_common_needs(),
            "form": SearchForm(),
        },
    )
