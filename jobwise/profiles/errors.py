from jobwise.core.errors import AppError, BadRequest, NotFound


class ProfileNotFound(NotFound):
    code = "profile_not_found"
    message = "Profile not found."


class ProfileExists(BadRequest):
    code = "profile_exists"
    message = "You already have a profile; update it with PUT /profiles/{id}."


class ExperienceNotFound(NotFound):
    code = "experience_not_found"
    message = "Experience not found."


class EducationNotFound(NotFound):
    code = "education_not_found"
    message = "Education entry not found."


class ProjectNotFound(NotFound):
    code = "project_not_found"
    message = "Project not found."


class InvalidDateRange(AppError):
    """Raised when an update's dates only conflict once merged with the stored ones."""

    status_code = 422
    code = "invalid_date_range"
    message = "The dates are inconsistent."
