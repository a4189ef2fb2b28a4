from jobwise.core.errors import BadRequest, NotFound, TooLarge


class CVNotFound(NotFound):
    code = "cv_not_found"
    message = "CV not found."


class CVNotAnalyzed(BadRequest):
    code = "cv_not_analyzed"
    message = "This CV has not been analysed yet (or its analysis failed); wait for it or re-analyse it."


class InvalidFileType(BadRequest):
    code = "invalid_file_type"
    message = "Upload a PDF or a Word (.docx) file."


class InvalidFile(BadRequest):
    code = "invalid_file"
    message = "The file could not be read."


class CVFileTooLarge(TooLarge):
    code = "file_too_large"
    message = "The file is larger than the upload limit."
