"""Building blocks every feature of the window shares: dialogs, icons, naming."""
