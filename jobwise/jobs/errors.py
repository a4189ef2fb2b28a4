from jobwise.core.errors import AppError, BadRequest, NotFound


class JobNotFound(NotFound):
    code = "job_not_found"
    message = "Job not found."


class FeedPostingNotFound(NotFound):
    code = "feed_posting_not_found"
    message = "No sample posting has this id."


class InvalidTransition(BadRequest):
    code = "invalid_transition"
    message = "This application-status change is not allowed."


class UrlNotAllowedError(BadRequest):
    code = "url_not_allowed"
    message = "JobWise only fetches public http(s) pages."


class FetchFailed(BadRequest):
    code = "fetch_failed"
    message = "The page could not be fetched."


class NotAPage(BadRequest):
    code = "unsupported_content_type"
    message = "The link does not lead to a web page."


class NothingToImport(BadRequest):
    code = "no_posting_found"
    message = "No job posting could be read from this page."


class InvalidSalaryRange(AppError):
    status_code = 422  # the same answer as a create with a reversed range
    code = "validation_error"
    message = "salary_min must not be above salary_max."
