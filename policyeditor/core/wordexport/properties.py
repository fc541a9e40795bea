"""Document properties: what Word's File ▸ Info and a document system read.

Title, author (the organisation), subject and keywords carrying the version
label and fingerprint, the status, the language, and dates from the version
itself, so a .docx found in a mail attachment says which saved version it is
without being opened.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn

from policyeditor.core.model import Policy
from policyeditor.core.render.labels import label
from policyeditor.core.render.stamp import VersionStamp, status_text, version_text
from policyeditor.core.wordexport.blocks import xml_safe

APPLICATION = "PolicyEditor"
_APPLICATION = re.compile(r"<Application>[^<]*</Application>")
_APP_VERSION = re.compile(r"\s*<AppVersion>[^<]*</AppVersion>")


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def set_properties(document: DocxDocument, policy: Policy, stamp: VersionStamp, lang: str,
                   language_tag: str, title: str) -> None:
    """Fill the core properties (``docProps/core.xml``) of ``document``."""
    props = document.core_properties
    title = xml_safe(title)
    version = (version_text(stamp, lang) if stamp.is_draft  # "Draft", not "Version Draft"
               else f"{label(lang, 'version')} {version_text(stamp, lang)}")
    props.title = title
    props.subject = f"{title} · {version} · {label(lang, 'fingerprint')} {stamp.fingerprint}"
    props.keywords = (f"version={stamp.label or 'draft'}; fingerprint={stamp.fingerprint}; "
                      f"status={stamp.status}")
    props.version = stamp.label or ""
    props.identifier = stamp.fingerprint
    props.content_status = status_text(stamp, lang)
    props.language = language_tag
    organisation = xml_safe(policy.metadata.get("organisation", "").strip())
    props.author = organisation
    props.last_modified_by = organisation
    props.comments = ""
    props.category = ""
    props.revision = 1
    # The version's own date, so two exports of one version say the same; a draft: now.
    moment = _moment(stamp.created) or datetime.now(UTC).replace(microsecond=0)
    props.created = props.modified = moment


def drop_template_leftovers(document: DocxDocument) -> None:
    """Remove what python-docx's template says about some other document.

    Its thumbnail is a picture of another, empty page; ``docProps/app.xml``
    names "Microsoft Macintosh Word" as the program that wrote the file; and
    its settings say the spelling was already checked and clean
    (``w:proofState``), so Word would not check the policy's spelling in the
    language it declares.
    """
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)
        elif rel.reltype == RT.EXTENDED_PROPERTIES and isinstance(rel.target_part, Part):
            part = rel.target_part
            blob = _APPLICATION.sub(f"<Application>{APPLICATION}</Application>",
                                    part.blob.decode("utf-8"))
            part._blob = _APP_VERSION.sub("", blob).encode("utf-8")
    settings = document.settings.element
    for proof_state in settings.findall(qn("w:proofState")):
        settings.remove(proof_state)
