"""Export: the dialog built from the exporter registry, and the draft/version/redline exports."""
