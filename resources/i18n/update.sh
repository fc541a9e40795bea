#!/bin/sh
# Refresh the translation sources from the code and compile them.
#   1. lupdate collects every user-visible string (tr, QCoreApplication.translate,
#      QT_TRANSLATE_NOOP, and the _T alias some modules use) into the .ts files,
#      keeping existing translations;
#   2. translate new entries (Qt Linguist: pyside6-linguist, or by hand);
#   3. lrelease compiles .ts -> .qm (the files the application loads).
set -e
cd "$(dirname "$0")/../.."
BIN=.venv/bin
"$BIN/pyside6-lupdate" -no-obsolete -tr-function-alias translate+=_T \
    $(find policyeditor/ui policyeditor/app -name '*.py') policyeditor/gui.py \
    -ts resources/i18n/policyeditor_sv.ts resources/i18n/policyeditor_en.ts
"$BIN/pyside6-lrelease" resources/i18n/policyeditor_sv.ts resources/i18n/policyeditor_en.ts
