#!/usr/bin/env bash
# Coordination's strings live in coordination/ and in its entry points (the staff pages in
# backoffice/, the API module, the public feedback views). makemessages reads only the folder it
# runs in, so the entry points are linked in for the run and unlinked after it.
set -euo pipefail
cd "$(dirname "$0")/.."
links=(_x_backoffice_coordination _x_backoffice_templates _x_backoffice_templatetags _x_public_feedback _x_api)
trap 'rm -rf "${links[@]}"' EXIT
ln -s ../backoffice/coordination _x_backoffice_coordination
ln -s ../backoffice/templates/backoffice _x_backoffice_templates
ln -s ../backoffice/templatetags _x_backoffice_templatetags
ln -s ../public/feedback _x_public_feedback
mkdir _x_api && ln -s ../../api/v1/coordination.py _x_api/coordination.py
DEBUG=1 ../.venv/bin/django-admin makemessages --symlinks --no-obsolete --no-location \
  -l fi -l sv -l en -l ru -l uk -l ar -l so -l fa -l et -l zh_Hans -l es -l tr -l fr \
  --ignore "_x_backoffice_templates/learning/*" --ignore "_x_backoffice_templates/interchange/*" \
  --ignore "*/tests/*" --ignore "tests/*" --settings=milestone.settings --pythonpath=..
