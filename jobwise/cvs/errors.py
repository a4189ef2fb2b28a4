from jobwise.core.errors import BadRequest, NotFound


class CVNotFound(NotFound):
    code = "cv_not_found"
    message = "CV not found."


class CVNotAnalyzed(BadRequest):
    code = "cv_not_analyzed"
    message = "This CV has not been analysed yet (or its analysis failed); wait for it or re-analyse it."
