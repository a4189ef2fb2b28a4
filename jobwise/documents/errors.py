"""Errors raised while checking or reading an uploaded document."""

from __future__ import annotations


class DocumentError(Exception):
    """A document was refused; `code` is the API error code, `message` is shown to the user."""

    code = "invalid_file"

    def __init__(self, message: str) -> None:
        super().__init__(message)  # args=(message,) keeps the error picklable across processes
        self.message = message


class InvalidFileType(DocumentError):
    """The bytes are neither a PDF nor a DOCX."""

    code = "invalid_file_type"


class InvalidFile(DocumentError):
    """A PDF or DOCX that is encrypted, malformed, hostile, too big inside or has no text."""

    code = "invalid_file"


class FileTooLarge(DocumentError):
    """The upload is over the size limit."""

    code = "file_too_large"
