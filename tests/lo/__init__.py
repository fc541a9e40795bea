"""LibreOffice checks run through the system Python's UNO bridge."""
