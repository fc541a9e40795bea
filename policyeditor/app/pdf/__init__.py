"""PDF writing through Qt: pagination, fonts, outline, the policy and redline reports."""
