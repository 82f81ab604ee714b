"""The public board of open questions (submissions.models.board.BoardPage shows it)."""
