"""Review: one flagged comparison, the review state of its flags, the publish gate.

- :mod:`.flagged` is the only place that runs the significance rules
  (``core.flags.engine``) over a comparison; every caller, from the command
  line to the publish gate, gets its flags from there.
- :mod:`.states` pairs each flag with a reviewer's acknowledgement, which holds
  only while the flagged section reads as it did when it was signed off.
- :mod:`.gate` decides which flags stand in the way of publishing.

The package works on plain data (policies, version and acknowledgement
records): the workspace store calls the gate from ``Workspace.publish``, so
nothing here may import the store.
"""
