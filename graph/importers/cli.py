"""Commands this package adds to the partnermap CLI (see graph.cli)."""
COMMANDS: list = []
