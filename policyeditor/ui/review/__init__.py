"""Review: the compare view, flags, sign-off and the publish gate."""
