"""The comments feature: comment selected words, threads with replies, the Comments panel."""
